// The staff page's forms, one schema per intent, shared by its actions and the browser.
import { z } from "zod";
import { ROLES } from "../roles";
import { emailAddress, intent, password, recordId, textLine } from "./fields";

const newPassword = password({ min: 12 });
const staffMember = recordId("a staff member");

export const CreateStaffSchema = z.object({
  intent: intent("create"),
  name: textLine({ label: "Name", max: 200, required: "Enter a name." }),
  email: emailAddress(),
  role: z.enum(ROLES, { error: "Choose a role." }),
  password: newPassword,
});

export const SetRoleSchema = z.object({
  intent: intent("set-role"),
  userId: staffMember,
  role: z.enum(ROLES, { error: "Choose a role." }),
});

export const SetActiveSchema = z.object({
  intent: intent("set-active"),
  userId: staffMember,
  active: z.enum(["true", "false"]),
});

export const ResetPasswordSchema = z.object({
  intent: intent("reset-password"),
  userId: staffMember,
  password: newPassword,
});
