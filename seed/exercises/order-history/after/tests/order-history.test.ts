import request from "supertest";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app";
import { db } from "../src/db";
import { findItemsForOrder, findOrdersForCustomer } from "../src/repositories/order-repository";

vi.mock("../src/db", () => ({
  db: { session: { findUnique: vi.fn() } },
}));
vi.mock("../src/repositories/order-repository");

describe("GET /api/customers/:customerId/orders", () => {
  beforeEach(() => {
    vi.mocked(db.session.findUnique).mockResolvedValue({
      expiresAt: new Date(Date.now() + 60_000),
      user: { id: "user-1", customerId: "cust-1", role: "customer" },
    } as never);
  });

  it("returns the customer's orders with their items", async () => {
    vi.mocked(findOrdersForCustomer).mockResolvedValue([
      {
        id: "order-1",
        number: "SO-1042",
        placedAt: new Date("2024-05-02T09:30:00Z"),
        status: "shipped",
        totalCents: 5400,
        trackingCode: "PH77120",
      },
    ]);
    vi.mocked(findItemsForOrder).mockResolvedValue([
      { sku: "MUG-BLUE", quantity: 2, unitPriceCents: 1200, product: { name: "Blue mug", imageUrl: null } },
      { sku: "TEA-EARL", quantity: 1, unitPriceCents: 3000, product: { name: "Earl Grey", imageUrl: null } },
    ]);

    const response = await request(createApp())
      .get("/api/customers/cust-1/orders")
      .set("Authorization", "Bearer test-token");

    expect(response.status).toBe(200);
    expect(response.body.orders).toHaveLength(1);
    expect(response.body.orders[0].itemCount).toBe(3);
    expect(response.body.orders[0].items[0].name).toBe("Blue mug");
    expect(response.body.orders[0].trackingUrl).toBe(
      "https://track.parcelhub-staging.com/shipments/PH77120",
    );
  });
});
