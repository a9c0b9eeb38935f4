import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";

// next-auth's own endpoints (sign-in, sign-out, session, csrf). Public by nature: the
// credentials check, throttling and session revocation live in lib/auth.
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
