export { DEMO_PASSWORD, DEMO_USERS, ORGANIZATIONS, VESSELS } from "./organizations";
export { REFERENCE_CASE } from "./reference-case";
export { seedReferenceData } from "./reference-data";
export { seedSyntheticIncidents } from "./synthetic-incidents";
