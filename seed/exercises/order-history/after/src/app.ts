import express from "express";
import { config } from "./config";
import { requireUser } from "./middleware/auth";
import { addressesRouter } from "./routes/addresses";
import { ordersRouter } from "./routes/orders";
import { profileRouter } from "./routes/profile";

export function createApp() {
  const app = express();
  app.use(express.json());

  app.get("/health", (_req, res) => {
    res.json({ ok: true });
  });

  app.use("/api", requireUser, profileRouter);
  app.use("/api", requireUser, addressesRouter);
  app.use("/api", requireUser, ordersRouter);

  return app;
}

if (process.env.NODE_ENV !== "test") {
  createApp().listen(config.port, () => {
    console.log(`shop-api listening on port ${config.port}`);
  });
}
