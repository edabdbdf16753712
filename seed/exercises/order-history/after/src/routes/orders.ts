import { Router, type Request } from "express";
import { getOrderHistory } from "../services/order-history";

export const ordersRouter = Router();

// Order history, newest first. Used by the account page and the mobile app's home screen.
//
// GET /api/customers/:customerId/orders?page=1&pageSize=20
ordersRouter.get("/customers/:customerId/orders", async (req, res) => {
  const { customerId } = req.params;
  const { page, pageSize } = readPaging(req.query);

  const history = await getOrderHistory(customerId, page, pageSize);
  res.json(history);
});

function readPaging(query: Request["query"]) {
  return {
    page: Number(query.page) || 1,
    pageSize: Number(query.pageSize) || 20,
  };
}
