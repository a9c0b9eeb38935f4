// The bare page for `npm run bench`: Next.js defaults, nothing of the portal's.
const config = {};
export default config;
