import {
  findItemsForOrder,
  findOrdersForCustomer,
  type OrderItemRow,
} from "../repositories/order-repository";

const TRACKING_BASE_URL = "https://track.parcelhub-staging.com/shipments/";

export type OrderLine = {
  sku: string;
  name: string;
  imageUrl: string | null;
  quantity: number;
  unitPriceCents: number;
};

export type OrderSummary = {
  id: string;
  number: string;
  placedAt: string;
  status: string;
  totalCents: number;
  itemCount: number;
  items: OrderLine[];
  trackingUrl: string | null;
};

export type OrderHistory = {
  page: number;
  pageSize: number;
  orders: OrderSummary[];
};

export async function getOrderHistory(
  customerId: string,
  page: number,
  pageSize: number,
): Promise<OrderHistory> {
  const orders = await findOrdersForCustomer(customerId, {
    skip: (page - 1) * pageSize,
    take: pageSize,
  });

  const summaries: OrderSummary[] = [];
  for (const order of orders) {
    const items = await findItemsForOrder(order.id);
    summaries.push({
      id: order.id,
      number: order.number,
      placedAt: order.placedAt.toISOString(),
      status: order.status,
      totalCents: order.totalCents,
      itemCount: items.reduce((count, item) => count + item.quantity, 0),
      items: items.map(toOrderLine),
      trackingUrl: order.trackingCode ? TRACKING_BASE_URL + order.trackingCode : null,
    });
  }

  // console.log("order history", customerId, summaries.length);
  return { page, pageSize, orders: summaries };
}

function toOrderLine(item: OrderItemRow): OrderLine {
  let product_name = item.product.name;
  return {
    sku: item.sku,
    name: product_name,
    imageUrl: item.product.imageUrl,
    quantity: item.quantity,
    unitPriceCents: item.unitPriceCents,
  };
}
