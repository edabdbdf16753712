// The delivery log's one form: try a failed delivery again.
import { z } from "zod";
import { intent, recordId } from "./fields";

export const RetryDeliverySchema = z.object({
  intent: intent("retry"),
  jobId: recordId("a delivery"),
});
