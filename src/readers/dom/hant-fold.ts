import regionalWordFile from '../../../rules/regional-words.json';

/**
 * Traditional Chinese folded to Simplified, character by character, for comparing words only (never for a value
 * reported): the Traditional consoles (Alibaba Cloud's 繁體中文, Tencent Cloud's 繁體 pages) write the labels and
 * status words of the Simplified ones in the other script — 到期時間 for 到期时间, 證件號碼 for 证件号码, 已實名認證
 * for 已实名认证 — so a label list, a status word or a value word in Simplified matches both. A script fold like
 * NFKC's width fold. Words the Taiwan / Hong Kong consoles name otherwise are no script variant: a few used in many
 * labels and values (執行個體 for 实例, 伺服器 for 服务器, 隨用隨付 for 按量付费) are folded to the mainland word
 * from rules/regional-words.json; others (網域名稱 for 域名) stay label words in their vocabularies.
 *
 * Only characters whose Traditional form is never written in Simplified text are folded (so Simplified text is
 * left as it is); pairs one-to-many in Simplified → Traditional (乾/幹 → 干, 髮/發 → 发) are left out but for 發.
 */
const TRADITIONAL =
  '時間費計頻寬帶實認證號碼註冊網資訊狀態類續過購買創區雲務機執個體稱單辦負責備處別驗審啟動運關閉開隨預後價額總數庫記錄設選擇項產規種屬與舊為戶帳郵電話聯絡係點擊請輸載詳細問題幫說線應權視圖讀寫標籤準層組級擴變換遷釋鎖護專內鏡統週餘當際約則歸檢測現發營業軍臺灣門華東廣廈龍寧陝貴遼蘇閩贛魯粵瓊隴紀徑樣範圍軟誤確認據歷紹簡複製態夠壓縮憑況態罰據參數達證國頁敗轉駁';
const SIMPLIFIED =
  '时间费计频宽带实认证号码注册网资讯状态类续过购买创区云务机执个体称单办负责备处别验审启动运关闭开随预后价额总数库记录设选择项产规种属与旧为户账邮电话联络系点击请输载详细问题帮说线应权视图读写标签准层组级扩变换迁释锁护专内镜统周余当际约则归检测现发营业军台湾门华东广厦龙宁陕贵辽苏闽赣鲁粤琼陇纪径样范围软误确认据历绍简复制态够压缩凭况态罚据参数达证国页败转驳';

const FOLD = new Map<string, string>();
for (let i = 0; i < TRADITIONAL.length; i++) FOLD.set(TRADITIONAL[i]!, SIMPLIFIED[i]!);
const ANY = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');
const HAS = new RegExp(`[${[...FOLD.keys()].join('')}]`);

const foldChars = (s: string): string => (HAS.test(s) ? s.replace(ANY, (c) => FOLD.get(c) ?? c) : s);

/** The regional words, keyed by their character-folded form (执行个体, 随用随付: mixed scripts fold alike). */
const WORDS = new Map(Object.entries(regionalWordFile.words).map(([w, m]) => [foldChars(w), m]));
const WORD = new RegExp([...WORDS.keys()].join('|'), 'g');

/**
 * `s` with the Traditional characters of the table in their Simplified form and the regional words in their
 * mainland one; other text as it is.
 */
export function foldHant(s: string): string {
  const t = foldChars(s);
  return t.replace(WORD, (w) => WORDS.get(w) ?? w);
}

/** The table's two columns (for the test that they stay aligned). */
export const hantFoldColumns = { traditional: TRADITIONAL, simplified: SIMPLIFIED } as const;
