import { db } from "../db";

export type OrderRow = {
  id: string;
  number: string;
  placedAt: Date;
  status: string;
  totalCents: number;
  trackingCode: string | null;
};

export type OrderItemRow = {
  sku: string;
  quantity: number;
  unitPriceCents: number;
  product: { name: string; imageUrl: string | null };
};

export function findOrdersForCustomer(
  customerId: string,
  { skip, take }: { skip: number; take: number },
): Promise<OrderRow[]> {
  return db.order.findMany({
    where: { customerId },
    orderBy: { placedAt: "desc" },
    skip,
    take,
    select: {
      id: true,
      number: true,
      placedAt: true,
      status: true,
      totalCents: true,
      trackingCode: true,
    },
  });
}

export function findItemsForOrder(orderId: string): Promise<OrderItemRow[]> {
  return db.orderItem.findMany({
    where: { orderId },
    orderBy: { position: "asc" },
    select: {
      sku: true,
      quantity: true,
      unitPriceCents: true,
      product: { select: { name: true, imageUrl: true } },
    },
  });
}
