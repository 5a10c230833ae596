/**
 * Text holding a template expression the page's script never filled in — an AngularJS / Vue / Handlebars binding
 * (`{{item.expiredTime | date}}`), an ERB / EJS / underscore tag (`<%= item.InstanceId %>`), a JS template literal's
 * slot (`${item.domain}`): what a console shows before (or instead of) rendering a row or a line. Such text names a
 * value, it shows none: a run holding one is no part of a value (./units.ts). Pure.
 */
const TEMPLATE_EXPRESSION = /\{\{[^{}]*\}\}|<%[=\-#]?[^%]*%>|\$\{[^{}]+\}/;

/** `text` holds an unrendered template expression. */
export function holdsTemplateExpression(text: string): boolean {
  return (text.includes('{{') || text.includes('<%') || text.includes('${')) && TEMPLATE_EXPRESSION.test(text);
}
