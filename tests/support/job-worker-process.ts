// A second app process for the job-queue test: runs one worker pass on DATABASE_URL whose
// handler says "claimed" and then never finishes, so the test can kill it mid-delivery.
import { runDueJobs } from "#app/services/jobs/worker.server";

await runDueJobs({
  workerId: "doomed-process",
  leaseMs: Number(process.env.LEASE_MS ?? 60_000),
  handlers: {
    "test.killed": {
      deliver: async () => {
        process.stdout.write("claimed\n");
        await new Promise(() => {});
      },
    },
  },
});
