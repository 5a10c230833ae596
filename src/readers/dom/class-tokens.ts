/**
 * Class-name tokens shared by the modules that read what a class says a box is (./units kinds, ./notice
 * transcripts, ./overlay dialogs). Pure.
 */

/**
 * A token after these names what a box HAS, not what it is: `ant-form-item-with-help` (a form item whose help
 * is shown), `has-tooltip`, `app--with-chat`, `page-with-drawer`.
 */
export const HAS_TOKENS: ReadonlySet<string> = new Set(['with', 'has']);
