// What the demo candidates wrote: three kinds of submission (a strong lead, a strong
// engineer who corrects instead of teaching, and an early-career answer), so panelists
// and the comparison have real differences to work with.
export type SubmissionProfile = "lead" | "engineer" | "early";

export const ANSWERS: Record<SubmissionProfile, Record<string, string>> = {
  lead: {
    "architecture-decision": `We moved our notification sending from a cron job to a queue (SQS plus a small worker) when a single slow provider started delaying every other message.

**Context:** 4 engineers, ~40k notifications a day, and an on-call rotation that was paged twice a week for the cron job overrunning.

**Options:** bigger cron box, per-provider cron jobs, or a queue. I wrote a one-page ADR with all three and the cost of each, and we time-boxed a two-day spike on the queue.

**Consequences:** pages dropped to roughly one a month, but we took on a dead-letter queue nobody owned. Six weeks later messages sat there unnoticed for three days. We added an alert and made DLQ review part of the on-call handover. If I did it again I would have named the owner of the DLQ in the ADR itself.`,
    "service-boundary-impasse": `Three planning sessions means the discussion format is the problem, not the people. I would stop debating in meetings and ask each senior to write a one-page proposal against the same questions: data ownership, deploy independence, what happens when payments is down, and what we can ship by the PM's date.

Then one 45-minute session to compare, with me deciding if we still disagree — and saying so in an ADR with the reasons and what would make us revisit (for example, a second team needing the payments API).

For the PM: I give a date for the first slice now (module in the monolith behind an interface we can later extract), and explain the trade-off in product terms: faster now, a planned extraction later. Both seniors own part of the outcome; the one whose option was not chosen leads the extraction criteria.`,
    "junior-review-comment": `> "Nice work getting this end to end — the endpoint reads clearly. One thing worth looking at before we merge: in \`getOrderHistory\` we call \`findItemsForOrder\` inside the loop, so a page of 20 orders makes 21 queries. It's invisible on your local data, but at 10× our traffic this endpoint would be one of our busiest query sources. Could you try loading the items for all orders in one query (\`where: { orderId: { in: ids } }\`) and grouping them in memory? Happy to pair for 20 minutes if useful — and it'd be great to add a test that fails if the query count grows with the page size."

I ask a question and explain the *why* with numbers, offer help, and suggest the test so the lesson sticks beyond this PR.`,
    "regretted-decision": `I pushed us to adopt GraphQL federation for two services that didn't need it. Two engineers argued for plain REST; I overruled them in a meeting because I was confident.

Six months on, the gateway was our most frequent incident source. I said in the retro that it was my call and it was wrong, wrote an ADR reversing it, and asked the engineer who had disagreed most to lead the migration back. What I changed: big decisions now get a written proposal and a dissent section before anyone decides.`,
    "first-90-days": `First 30 days: listen. One-to-ones with each engineer, read the last quarter's incidents and ADRs, ship one small fix myself to learn the deploy path.

Days 30–60: agree with the manager and PM on two engineering goals (for example, p95 of checkout under 200 ms, and on-call pages halved), and set up a lightweight decision log.

Days 60–90: hand away the code I'd naturally hoard. I keep the cross-cutting pieces where I unblock others (build pipeline, architecture reviews), and give ownership of features — including payments — to the seniors, with me as reviewer rather than author.`,
  },
  engineer: {
    "architecture-decision": `I chose to split our monolith's reporting into a separate service using Kafka for events. The main consequence was much better performance for reports (from 30 s to under 2 s) and we could scale it separately. There were some issues with event ordering which I fixed by adding sequence numbers. Overall it was the right call and I would do it again.`,
    "service-boundary-impasse": `The payments microservice is clearly right: payments need PCI isolation and independent scaling, and a module in the monolith will just become another tangle. I would explain this to the senior who wants the module and make the decision so we stop wasting time. For the PM I would give a date after the service skeleton is up, probably three weeks.`,
    "junior-review-comment": `"This has an N+1 query: findItemsForOrder is called in a loop. Use an IN query instead and group in memory. Also please add tests for the error cases."

Short and clear so the junior knows exactly what to change.`,
    "regretted-decision": `I don't have a big regret — I research decisions carefully. A small one: I picked a date library that was later deprecated, and I migrated us off it over a weekend.`,
    "first-90-days": `I would review the whole codebase in the first month and fix the biggest technical debt myself, especially around performance. Then I would set up stricter lint rules and code owners so quality stays high. I would keep the core architecture and payments code, since those need the most experience, and give UI work to the juniors.`,
  },
  early: {
    "architecture-decision": `We decided to use microservices for our new project because it is more scalable. It went ok but deployments were more complicated than we thought.`,
    "service-boundary-impasse": `I would ask both seniors to explain their points and then we could vote as a team. I'd tell the PM we need more time to decide.`,
    "junior-review-comment": `I would tell the junior that the code is good but the query could be slow and they should look at it.`,
    "regretted-decision": `I once chose the wrong database for a side project. I learned to research more before choosing.`,
    "first-90-days": `Get to know the team and the code, then start improving things. I'd try to write a lot of code in the beginning to show what I can do.`,
  },
};

export const SUMMARIES: Record<
  SubmissionProfile,
  { verdict: "APPROVE" | "REQUEST_CHANGES" | "COMMENT"; body: string }
> = {
  lead: {
    verdict: "REQUEST_CHANGES",
    body: "Good structure overall. Blocking: the missing ownership check (any user can read anyone's orders). Before merge: the N+1 in the history loop and paging validation. The tracking URL belongs in config, and the test needs error cases. Style nits are optional. Happy to pair on the query.",
  },
  engineer: {
    verdict: "REQUEST_CHANGES",
    body: "N+1 query, hard-coded URL, missing tests for errors, and some style issues. Please fix all before merge.",
  },
  early: {
    verdict: "COMMENT",
    body: "Looks mostly fine, a few small things.",
  },
};

/** Which seeded defects each profile comments on, and how. */
export const REVIEW_COMMENTS: Record<
  SubmissionProfile,
  { defectId: string; body: string; severity?: string; category?: string }[]
> = {
  lead: [
    {
      defectId: "missing-ownership-check",
      category: "security",
      severity: "critical",
      body: "Blocking: nothing checks that `customerId` belongs to the signed-in user, so anyone can read anyone's orders by changing the id. The addresses route uses `canAccessCustomer` — could we do the same and answer 404? A test with another customer's id would lock it in.",
    },
    {
      defectId: "n-plus-one-order-items",
      category: "performance",
      severity: "high",
      body: "This runs one query per order (21 for a page of 20). Fine locally, but at 10× traffic this endpoint becomes a top query source. Could we fetch items for all order ids in one `IN` query and group in memory? Happy to pair.",
    },
    {
      defectId: "hard-coded-tracking-url",
      category: "configuration",
      severity: "medium",
      body: "This URL differs between staging and production — could it come from config/env like the other settings, so we don't ship staging links?",
    },
    {
      defectId: "happy-path-only-test",
      category: "testing",
      severity: "medium",
      body: "The test covers the happy path well. What should happen with another user's customerId, or an invalid page? Adding those would have caught the two issues above.",
    },
    {
      defectId: "unvalidated-paging",
      category: "correctness",
      severity: "high",
      body: "`pageSize` isn't bounded — `?pageSize=100000` loads everything. Could we validate integers and cap at 50, answering 400 otherwise?",
    },
  ],
  engineer: [
    {
      defectId: "n-plus-one-order-items",
      category: "performance",
      severity: "high",
      body: "N+1 query. Use `IN` and group.",
    },
    {
      defectId: "hard-coded-tracking-url",
      category: "configuration",
      severity: "medium",
      body: "Hard-coded URL, move to config.",
    },
    {
      defectId: "happy-path-only-test",
      category: "testing",
      severity: "medium",
      body: "No error-case tests.",
    },
    {
      defectId: "snake-case-let",
      category: "style",
      severity: "nit",
      body: "Use camelCase.",
    },
    {
      defectId: "commented-out-log",
      category: "style",
      severity: "nit",
      body: "Remove commented-out code.",
    },
  ],
  early: [
    {
      defectId: "snake-case-let",
      category: "style",
      severity: "nit",
      body: "Variable naming should be camelCase.",
    },
    { defectId: "n-plus-one-order-items", body: "This might be slow?" },
    {
      defectId: "missing-ownership-check",
      body: "Could this route have a short comment explaining its parameters?",
    },
  ],
};
