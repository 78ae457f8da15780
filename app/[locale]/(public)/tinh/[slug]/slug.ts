// Slugs are ASCII (lib/domain/slug.ts): anything else cannot be a province, so it never reaches the database.
export const PROVINCE_SLUG = /^[a-z0-9-]{1,64}$/;
