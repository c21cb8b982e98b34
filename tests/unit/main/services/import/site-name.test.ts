import { describe, expect, it } from 'vitest';
import { nameFromHost, siteAroundHeadline, siteNameWithoutTagline, sourceName, titleWithoutSite } from '../../../../../src-main/services/import/site-name';

describe('titleWithoutSite: the site name leaves the title when it names the site', () => {
  it.each([
    ['Storm hits coast - BBC News', ['BBC News'], null, 'Storm hits coast', 'BBC News'],
    ['Alan Turing - Wikipedia', ['Wikipedia'], 'en.wikipedia.org', 'Alan Turing', 'Wikipedia'],
    ['华为发布新手机_科技_腾讯网', ['腾讯网'], 'tech.qq.com', '华为发布新手机_科技', '腾讯网'],
    ['How to Grow Tomatoes | eHow', [], 'www.ehow.com', 'How to Grow Tomatoes', 'eHow'],
    ['Kernel development [LWN.net]', [], 'lwn.net', 'Kernel development', 'LWN.net'],
    ['台北一日遊 :: 痞客邦 PIXNET ::', ['痞客邦 PIXNET'], 'www.pixnet.net', '台北一日遊', '痞客邦 PIXNET'],
    ['Your comfy-chic holiday outfit, illustrated - HelloGiggles', ['HelloGiggles'], null, 'Your comfy-chic holiday outfit, illustrated', 'HelloGiggles'],
    ['atg 1700 - Pastebin.com', [], 'pastebin.com', 'atg 1700', 'Pastebin.com'],
    ['Serve and Remember | whitehouse.gov', [], 'obamawhitehouse.archives.gov', 'Serve and Remember', 'whitehouse.gov'],
    ['Three Ways to Be the Thermostat — Postlight — Digital Strategy, Design and Engineering', ['Postlight'], null, 'Three Ways to Be the Thermostat', 'Postlight'],
    ["Nigeria's economy has best quarterly growth since recession — Quartz Africa", ['Quartz'], 'qz.com', "Nigeria's economy has best quarterly growth since recession", 'Quartz Africa'],
    ['高木浩光＠自宅の日記 - 改正NICT法がプチ炎上', ['高木浩光＠自宅の日記'], null, '改正NICT法がプチ炎上', '高木浩光＠自宅の日記'],
    ['てくろぐ: 2019年のスマホ・DNSフィルタリング', ['てくろぐ'], null, '2019年のスマホ・DNSフィルタリング', 'てくろぐ'],
    ['マインドマップ風のツリーを描画できる「Treeviz」:phpspot開発日誌', ['phpspot開発日誌'], null, 'マインドマップ風のツリーを描画できる「Treeviz」', 'phpspot開発日誌'],
    ['人気の圧縮・解凍ソフト「WinRAR」に脆弱性 | TECH+（テックプラス）', ['TECH+（テックプラス）'], null, '人気の圧縮・解凍ソフト「WinRAR」に脆弱性', 'TECH+（テックプラス）'],
  ])('%s', (title, sites, host, clean, site) => {
    expect(titleWithoutSite(title, sites, host)).toEqual({ title: clean, site });
  });

  it.each([
    ['Opinion | Enough platitudes: Let’s name names', 'Enough platitudes: Let’s name names'],
    ['[News] サクサク軽い打ち心地を実現', 'サクサク軽い打ち心地を実現'],
    ['r/aww - nothing to see here human', 'nothing to see here human'],
    ['Nikki Haley to Resign as Trump’s Ambassador to the U.N. (Published 2018)', 'Nikki Haley to Resign as Trump’s Ambassador to the U.N.'],
  ])('drops a section label or a publication note: %s', (title, clean) => {
    expect(titleWithoutSite(title, [], null).title).toBe(clean);
  });

  it('takes a site name off after a CJK colon, matching the host by its first word', () => {
    expect(titleWithoutSite('ゴールデンウィークにおける注意喚起：IPA 独立行政法人 情報処理推進機構', [], 'www.ipa.go.jp')).toEqual({
      title: 'ゴールデンウィークにおける注意喚起',
      site: 'IPA 独立行政法人 情報処理推進機構',
    });
  });

  it('drops a trailing by-line ("| by Jakob Ulbrich")', () => {
    expect(titleWithoutSite('Flag Attributes in Android — How to Use Them | by Jakob Ulbrich', ['Medium'], 'medium.com').title).toBe(
      'Flag Attributes in Android — How to Use Them',
    );
  });

  it.each([
    ['Breaking: Houston hires Major Applewhite as head coach', ['247Sports'], '247sports.com'],
    ['Kashmir issue: China snubs Imran Khan', ['The Times of India'], 'timesofindia.indiatimes.com'],
    ['Star Wars: A New Hope', [], 'example.org'],
    ['The Revenge of Roger’s Angels', ['New York Magazine'], 'nymag.com'],
    ['Apple - Orange', [], null],
  ])('keeps %s whole: no part names the site', (title, sites, host) => {
    expect(titleWithoutSite(title, sites, host)).toEqual({ title, site: null });
  });
});

describe('siteAroundHeadline: the repeated part of the <title>', () => {
  it('is the part after or before the headline the page gives as its <h1>', () => {
    expect(siteAroundHeadline('Masscan と ZMap によるスキャンの違い – IIJ Security Diary', ['Masscan と ZMap によるスキャンの違い'])).toBe('IIJ Security Diary');
    expect(siteAroundHeadline('Daily Planet | Superman saves the day', [null, 'Superman saves the day'])).toBe('Daily Planet');
    expect(siteAroundHeadline('A Light Filled LA Loft — House Call | Apartment Therapy', ['A Light Filled LA Loft'])).toBe('House Call | Apartment Therapy');
  });

  it('is the shorter part: where the <h1> is the banner, the rest is the headline, not the site', () => {
    expect(siteAroundHeadline('高木浩光＠自宅の日記 - 改正NICT法がプチ炎上、工場出荷時共通初期パスワード', ['高木浩光＠自宅の日記'])).toBeNull();
    expect(siteAroundHeadline('てくろぐ: 2019年のスマホ・DNSフィルタリング・スマホ政策 (IIJmio meeting 23資料公開)', ['てくろぐ'])).toBeNull();
  });

  it('is null when the <title> is the headline or another one', () => {
    expect(siteAroundHeadline('Superman saves the day', ['Superman saves the day'])).toBeNull();
    expect(siteAroundHeadline('Why Does Slack Say Hummus?', ['The Adorable Reason You Can Set Your Alert Sound'])).toBeNull();
  });
});

describe('sourceName: names, never addresses', () => {
  it.each([
    ['http://www.tmz.com', 'TMZ'],
    ['https://www.bbc.co.uk/news', 'BBC'],
    ['www.pastebin.com', 'Pastebin'],
    ['Fandom powered by Wikia', 'Fandom'],
    ['BUZZAP！（バザップ！）', 'BUZZAP！'],
    ['WIRED.jp', 'WIRED.jp'],
    ['Bloomberg.com', 'Bloomberg'],
    ['NPR.org', 'NPR'],
    ['Le Monde.fr', 'Le Monde'],
    ['Radio-Canada.ca', 'Radio-Canada'],
    ['AL.com', 'AL.com'],
    ['ClinicalTrials.gov', 'ClinicalTrials.gov'],
    ['  The  Guardian ', 'The Guardian'],
    ['', null],
  ])('%j → %j', (value, name) => {
    expect(sourceName(value)).toBe(name);
  });

  it('keeps the part of a site name that names the host, without its tagline', () => {
    expect(siteNameWithoutTagline('Raw Story - Celebrating 18 Years of Independent Journalism', 'www.rawstory.com')).toBe('Raw Story');
    expect(siteNameWithoutTagline('電子書籍 | BOOK☆WALKER', 'bookwalker.jp')).toBe('BOOK☆WALKER');
    expect(siteNameWithoutTagline('Full Text View - ClinicalTrials.gov', 'clinicaltrials.gov')).toBe('ClinicalTrials.gov');
    expect(siteNameWithoutTagline('OSS×Cloud News - オープンソース×クラウド情報サイト', 'www.ossnews.jp')).toBe('OSS×Cloud News');
    expect(siteNameWithoutTagline('The Guardian', 'www.theguardian.com')).toBe('The Guardian');
  });

  it('names a site from its host when the page gives no name', () => {
    expect(nameFromHost('www.tmz.com')).toBe('TMZ');
    expect(nameFromHost('gothamist.com')).toBe('Gothamist');
    expect(nameFromHost(null)).toBeNull();
  });
});
