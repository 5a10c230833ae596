/**
 * Words for reading unlabelled SWAS cards (./swas-card-values): the words that say a text is a
 * bandwidth, and the country words a region's display name may carry beside its own names
 * (中国香港, China (Hong Kong), 日本（东京）) that the bundled region table leaves out.
 */
export const SWAS_CARD_WORDS = {
  bandwidth: ['带宽', 'bandwidth'],
  countries: [
    '中国', '日本', '韩国', '新加坡', '马来西亚', '印度尼西亚', '印尼', '菲律宾', '泰国', '澳大利亚', '印度', '美国', '德国', '英国', '阿联酋', '沙特', '沙特阿拉伯', '墨西哥',
    'China', 'Japan', 'South Korea', 'Korea', 'Malaysia', 'Indonesia', 'Philippines', 'Thailand', 'Australia', 'India', 'US', 'USA', 'Germany', 'UK', 'UAE', 'Saudi Arabia', 'Mexico',
  ],
} as const;
