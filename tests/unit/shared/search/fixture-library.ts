/** A small library on a few subjects, in English, Chinese and Japanese, for the related-articles tests. */
import type { SearchDocument } from '../../../../src-shared/search';

export const LIBRARY: SearchDocument[] = [
  {
    id: 'en-carbon-tax',
    title: 'A carbon tax that works',
    author: 'Mara Quist',
    source: 'The Climate Desk',
    tags: ['climate'],
    body: `Carbon emissions keep rising while governments argue about a carbon price. A carbon tax puts a cost on
every tonne of emissions, and economists agree that it cuts emissions where they are cheapest to cut. Sweden has
taxed carbon since 1991 and its emissions fell while the economy grew. The revenue can be returned to households
as a dividend, so that the tax does not hurt poorer families.`,
  },
  {
    id: 'en-emissions-trading',
    title: 'Emissions trading and the carbon market',
    author: 'Mara Quist',
    source: 'Energy Weekly',
    tags: ['climate', 'economy'],
    body: `Europe caps carbon emissions and lets companies trade permits. The carbon market sets a price for each
tonne of emissions. When the cap tightens, permits cost more and power plants switch from coal to gas and to
renewables. Critics say the early carbon price was too low to cut emissions.`,
  },
  {
    id: 'en-heatwaves',
    title: 'Heatwaves in a warming climate',
    author: 'Tom Reyes',
    source: 'The Climate Desk',
    tags: ['climate'],
    body: `Heatwaves are longer and hotter as the climate warms. Cities trap heat in asphalt and concrete, and
older people suffer most. Planting trees and painting roofs white cools streets by several degrees. Emissions
from air conditioning add to the warming.`,
  },
  {
    id: 'en-bees',
    title: 'Why bees matter to farmers',
    author: 'Ines Okafor',
    source: 'Garden Notes',
    tags: ['nature'],
    body: `Bees pollinate most fruit crops. Without bees, farmers rent hives or pollinate orchards by hand. Wild
bees and honey bees suffer from pesticides and from the loss of meadows. Farmers who leave strips of wildflowers
beside their fields see more bees and better harvests.`,
  },
  {
    id: 'en-pollinators',
    title: 'Pollinators in the orchard',
    author: 'Sam Lee',
    source: 'Country Life',
    tags: [],
    body: `Apple orchards depend on pollinators. Honey bees, bumblebees and hoverflies visit the blossom in spring.
Orchards sprayed with fewer pesticides keep more wild bees, and the harvest of apples is larger when bees are
many.`,
  },
  {
    id: 'en-sourdough',
    title: 'Baking sourdough bread',
    author: null,
    source: 'Kitchen Table',
    tags: [],
    body: `A sourdough starter is flour and water left to ferment. Feed it daily; bake when it doubles. The dough
rests overnight in the fridge, which gives the bread its sour taste and an open crumb.`,
  },
  {
    id: 'zh-carbon',
    title: '碳排放交易市场',
    author: '李明',
    source: '经济日报',
    tags: ['气候'],
    body: `全国碳排放交易市场正式启动。碳排放配额由政府分配，企业可以在市场上买卖配额。碳价格上涨以后，发电企业减少煤炭使用，增加可再生能源。专家认为，碳排放交易是减少温室气体排放的重要手段。`,
  },
  {
    id: 'zh-climate',
    title: '气候变化与温室气体',
    author: '王芳',
    source: '科学时报',
    tags: ['气候'],
    body: `气候变化让极端天气更加频繁。温室气体排放是气候变化的主要原因。各国承诺减少碳排放，发展可再生能源，到本世纪中叶实现碳中和。`,
  },
  {
    id: 'zh-tea',
    title: '喝茶的历史',
    author: '陈静',
    source: '文化周刊',
    tags: [],
    body: `中国人喝茶已有几千年的历史。茶叶最早是药材，后来成为日常饮品。绿茶、红茶和乌龙茶各有风味。茶馆是人们聊天的地方。`,
  },
  {
    id: 'zh-tea-house',
    title: '老茶馆里的故事',
    author: '陈静',
    source: '城市晚报',
    tags: [],
    body: `成都的老茶馆每天早上都坐满了人。人们喝茶、聊天、听戏。茶馆里的绿茶很便宜，一杯茶可以喝一个上午。`,
  },
  {
    id: 'ja-quake',
    title: '地震に備える',
    author: '佐藤花子',
    source: '防災新聞',
    tags: [],
    body: `日本では地震が多い。地震の揺れに備えて、家具を固定し、非常食と水を用意しておくことが大切です。津波の危険がある地域では、避難場所を確認しておきましょう。`,
  },
  {
    id: 'ja-tsunami',
    title: '津波の避難訓練',
    author: '田中一郎',
    source: '地域ニュース',
    tags: [],
    body: `海沿いの町で津波の避難訓練が行われた。地震の揺れを感じたら、すぐに高台の避難場所へ逃げることが大切です。`,
  },
  {
    id: 'ja-ramen',
    title: 'ラーメンの作り方',
    author: '山本',
    source: '料理の本',
    tags: [],
    body: `ラーメンのスープは豚骨や鶏がらで作ります。麺をゆでて、スープに入れ、ねぎとチャーシューをのせます。`,
  },
];

export const byId = (id: string): SearchDocument => {
  const doc = LIBRARY.find((d) => d.id === id);
  if (!doc) throw new Error(`no fixture ${id}`);
  return doc;
};
