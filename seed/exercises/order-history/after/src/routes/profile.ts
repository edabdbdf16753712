import { Router } from "express";
import { db } from "../db";
import { currentUser } from "../middleware/auth";

export const profileRouter = Router();

profileRouter.get("/me", async (req, res) => {
  const user = currentUser(req);
  if (!user.customerId) {
    return res.json({ id: user.id, role: user.role });
  }

  const customer = await db.customer.findUnique({
    where: { id: user.customerId },
    select: { id: true, name: true, email: true, createdAt: true },
  });
  res.json({ id: user.id, role: user.role, customer });
});
