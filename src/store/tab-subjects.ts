import { z } from 'zod';
import { NotReadSchema, ReadInPartSchema } from '../messaging/not-read-schema';

/** Which subjects each open console tab showed, so results go back to the tabs that showed them. */
export const TabSubjectsSchema = z.record(
  z.string(),
  z.object({
    url: z.string(),
    family: z.string(),
    subjects: z.array(z.string()).max(5000),
    /** The filing (store/subject-keys filingKey) of the entity this tab showed last; absent before one. */
    filing: z.string().max(600).optional(),
    /** The page was not read, and why (../messaging/not-read): until the tab's next facts. */
    notRead: NotReadSchema.optional(),
    /** The page's last read took only the first rows of its list (its facts' `partial`). */
    partial: ReadInPartSchema.optional(),
  }),
);
export type TabSubjects = z.infer<typeof TabSubjectsSchema>;
