/**
 * The words of the generated corpus. English: real function and topic words first (most frequent), a few accented
 * loanwords, and pseudo-words built from syllables, for a vocabulary of 50,000 with Zipfian frequencies. Chinese:
 * real common words among made-up words of one to four characters drawn from 600 common characters.
 */
import { seededRandom, pick } from './prng';

const FUNCTION_WORDS = `the of and to a in is that for it as was with be by on not he this are or his from at which but
have an they you were her she there been one all we their has would when if so no will more what up out about who
its into than them can only other new some could time these two may then do first any my now such like our over man
me even most made after also did many before must through back years where much your way well down should because
each just those people how too little state good very make world still own see men work long get here between both
life being under never day same another know while last might us great old year off come since against go came
right used take three`.split(/\s+/);

const TOPIC_WORDS = `government security policy economy climate change health public national international market
research science technology data information system energy water city country history culture education school
university student history library reading article author book writer language china europe america africa asia
trade war peace power president minister election vote party law court rights freedom press media news report
company business industry bank money price tax budget growth crisis risk network internet software computer
intelligence artificial digital privacy surveillance infrastructure transport railway supply chain food farming
agriculture forest ocean river mountain island weather storm flood drought carbon emission renewable solar wind
nuclear oil gas mining labour worker union wage income poverty housing migration border refugee population
medicine hospital disease vaccine virus pandemic doctor patient scientist experiment theory evidence study analysis`.split(
  /\s+/,
);

const ACCENTED = ['café', 'naïve', 'résumé', 'façade', 'über', 'jalapeño', 'São', 'Zürich', 'déjà', 'crème'];

/** Phrases written as units now and then, so that phrase queries have something to find. */
export const COLLOCATIONS = [
  'national security',
  'climate change',
  'public health',
  'artificial intelligence',
  'supply chain',
  'human rights',
  'interest rates',
  'open access',
];

const SYLLABLES = `ba be bi bo bu ca ce ci co cu da de di do du fa fe fi fo ga ge gi go ha he hi ho ka ke ki ko la le li
lo lu ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zi
zo tra tre tri pro pre sta ste sti str ran ren rin lan len lin mar mer mor ter tor tan ton ver vor gan gen sh th
ch`.split(/\s+/);

/** Puts each of `words` at rank start, start + step, ... of `list` (ranks are frequencies: lower is commoner). */
function spread(list: string[], words: readonly string[], start: number, step: number): string[] {
  const out = [...list];
  words.forEach((w, j) => out.splice(Math.min(out.length, start + j * step), 0, w));
  return out;
}

export function englishVocabulary(size = 50_000): string[] {
  const seen = new Set([...FUNCTION_WORDS, ...TOPIC_WORDS, ...ACCENTED].map((w) => w.toLowerCase()));
  const made: string[] = [];
  const random = seededRandom(7);
  const wanted = size - seen.size;
  while (made.length < wanted) {
    const n = 2 + Math.floor(random() * random() * 4);
    let w = '';
    for (let k = 0; k < n; k++) w += pick(random, SYLLABLES);
    if (seen.has(w)) continue;
    seen.add(w);
    made.push(w);
  }
  // Function words are the commonest; topic words spread over ranks 100 to 5,000; accented ones rarer still.
  return spread(spread([...FUNCTION_WORDS, ...made], TOPIC_WORDS, 100, 25), ACCENTED, 400, 500);
}

/** About 600 common characters, most common first (roughly). */
const HAN = `的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而
能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把
法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西
再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原
车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林
题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周
保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双
历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏
兴切讲毕球治境环经济策略技艺术融资源能源气候变暖海洋森林河流城市乡村农业工业贸易市场价格税收预算增长危机风险网络软件
电脑智能数字隐私监控交通铁路供应链食品种植劳动工资收入贫困住房移民边境难民人口医药医院疾病疫苗病毒医生病人科学家实验
理论证据研究分析图书馆阅读文章作者书籍语言欧洲美洲非洲亚洲和平总统部长选举投票党派法律法院权利自由新闻媒体报告公司企
业银行货币`;

export function hanCharacters(): string[] {
  return [...new Set([...HAN.replace(/\s+/g, '')])];
}

const CHINESE_WORDS = `安全 全球 治理 经济 发展 政府 政策 技术 人工智能 网络安全 全球治理 中国 世界 国家 社会 文化 历史 教育
研究 科学 环境 气候 能源 市场 贸易 银行 货币 价格 增长 危机 风险 网络 数据 信息 系统 城市 农村 农业 工业 企业 公司
医院 疾病 疫苗 病毒 医生 人口 移民 法律 法院 权利 自由 新闻 媒体 报告 图书馆 阅读 文章 作者 书籍 语言 和平 总统 部长
选举 改革 开放 合作 竞争 创新 管理 服务 问题 方面 情况 工作 生活 时间 地方 我们 他们 这个 那个 一个 没有 可以 已经
因为 所以 但是 如果 虽然 应该 需要 重要 主要 进行 成为 提高 加强 实现 推动 支持 保护 建设 供应链 可持续发展`.split(/\s+/);

/** Chinese words: real ones spread over ranks 3 to about 6,000 among made-up ones of one to four characters. */
export function chineseVocabulary(size = 20_000): string[] {
  const seen = new Set(CHINESE_WORDS);
  const made: string[] = [];
  const chars = hanCharacters();
  const random = seededRandom(11);
  // Characters drawn with a skew, as real text uses some far more than others.
  const char = (): string => chars[Math.floor(random() * random() * chars.length)] as string;
  const wanted = size - CHINESE_WORDS.length;
  while (made.length < wanted) {
    const r = random();
    const n = r < 0.12 ? 1 : r < 0.85 ? 2 : r < 0.95 ? 3 : 4;
    let w = '';
    for (let k = 0; k < n; k++) w += char();
    if (seen.has(w)) continue;
    seen.add(w);
    made.push(w);
  }
  return spread(made, CHINESE_WORDS, 3, 40);
}
