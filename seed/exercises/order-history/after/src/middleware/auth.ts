import type { NextFunction, Request, Response } from "express";
import { db } from "../db";

export type CurrentUser = {
  id: string;
  customerId: string | null;
  role: "customer" | "support";
};

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      user?: CurrentUser;
    }
  }
}

export async function requireUser(req: Request, res: Response, next: NextFunction) {
  const token = req.header("authorization")?.replace(/^Bearer /, "");
  if (!token) {
    return res.status(401).json({ error: "Not signed in" });
  }

  const session = await db.session.findUnique({
    where: { token },
    select: {
      expiresAt: true,
      user: { select: { id: true, customerId: true, role: true } },
    },
  });
  if (!session || session.expiresAt < new Date()) {
    return res.status(401).json({ error: "Not signed in" });
  }

  req.user = session.user;
  next();
}

export function currentUser(req: Request): CurrentUser {
  if (!req.user) {
    throw new Error("requireUser must run before this handler");
  }
  return req.user;
}

// Support staff may look at any customer; customers only at themselves.
export function canAccessCustomer(user: CurrentUser, customerId: string): boolean {
  return user.role === "support" || user.customerId === customerId;
}
