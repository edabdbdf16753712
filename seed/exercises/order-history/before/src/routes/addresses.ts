import { Router } from "express";
import { db } from "../db";
import { canAccessCustomer, currentUser } from "../middleware/auth";

export const addressesRouter = Router();

addressesRouter.get("/customers/:customerId/addresses", async (req, res) => {
  const user = currentUser(req);
  const { customerId } = req.params;
  // 404 rather than 403, so ids of other customers cannot be probed.
  if (!canAccessCustomer(user, customerId)) {
    return res.status(404).json({ error: "Not found" });
  }

  const addresses = await db.address.findMany({
    where: { customerId },
    orderBy: { createdAt: "asc" },
    select: { id: true, label: true, line1: true, line2: true, city: true, postcode: true },
  });
  res.json({ addresses });
});
