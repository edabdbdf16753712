// The sign-in form's schema, shared by the login action and the browser.
import { z } from "zod";
import { hasNul } from "../request-input";
import { emailAddress, password } from "./fields";

export const SignInSchema = z.object({
  email: emailAddress("Enter your email address."),
  password: password(),
  // Where to go afterwards; anything unusable falls back to the role's home.
  redirectTo: z
    .string()
    .max(2000)
    .refine((value) => !hasNul(value))
    .optional()
    .catch(undefined),
});
