import { z } from 'zod';

/** Which subjects each open console tab showed, so results go back to the tabs that showed them. */
export const TabSubjectsSchema = z.record(
  z.string(),
  z.object({
    url: z.string(),
    family: z.string(),
    subjects: z.array(z.string()).max(5000),
    /** The filing (store/subject-keys filingKey) of the entity this tab showed last; absent before one. */
    filing: z.string().max(600).optional(),
  }),
);
export type TabSubjects = z.infer<typeof TabSubjectsSchema>;
