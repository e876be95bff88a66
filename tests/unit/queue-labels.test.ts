import { describe, expect, it } from "vitest";
import { contractJobs, maintenanceJobs } from "@/jobs/registry";
import { testJobs } from "@/jobs/test-jobs";
import { queueLabel } from "@/lib/queue-admin/queue-labels";

describe("queueLabel", () => {
  it("names pg-boss's own queues and unknown ones readably", () => {
    expect(queueLabel("__pgboss__send-it")).toBe("Queue system: send it");
    expect(queueLabel("future.thing_new")).toBe("Future thing new");
  });

  it("every registered job has a name of its own, not its queue name", () => {
    for (const job of [...contractJobs, ...maintenanceJobs, ...testJobs]) expect(queueLabel(job.name), job.name).not.toBe(job.name);
    expect(queueLabel("email.send")).toBe("Send one email");
  });

  it("names queues in the owner's language", () => {
    expect(queueLabel("email.send", "el")).toBe("Αποστολή ενός email");
    expect(queueLabel("__pgboss__send-it", "el")).toBe("Σύστημα ουρών: send it");
    expect(queueLabel("maintenance.reconcile-seats", "el")).toBe("Νυχτερινή: επανακαταμέτρηση θέσεων");
  });
});
