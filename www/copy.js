// The demo page's own words in both languages. The numbers in them are the
// article's, with the article's qualifiers.
export const COPY = {
  zh: {
    kicker: '山西日报 · 2022年4月27日',
    headline: '长治让科技成果从“书架”走向“货架”',
    theme: '配色', auto: '跟随系统', light: '浅色', dark: '深色',
    log: '对数刻度',
    p_glance: '省委、省政府作出关于深化省校合作的战略决策部署以来，长治与省内外106所高校达成500余项合作成果。今年，长治市共有12个深化省校合作科研项目列入本年度山西省重点工程。',
    p_acreage: '长治古称“上党”，是潞党参的发源地。近年来，全市潞党参栽培面积3.59万亩，占全省的90%，但却不到甘肃定西市的1/10。',
    p_returns: '振东道地药材与朱有勇院士团队合作，在平顺县林下种植潞党参，亩效益由8000—10000元，增加到5—10万元。',
    p_shares: '长治LED产业产值已占到全省的95%；日盛达通过配套的钢化镀膜加工系统，使光伏玻璃透光率增加到94%以上。',
    p_olympics: '北京冬奥会上，由山西中科潞安紫外光电科技有限公司供应的3台智能消毒机器人、8台包裹消毒机、15台空气消毒机，助力疫情防控工作。',
    p_tsinghua: '到目前，清华大学已先后在长治市建成3个大学生实习实训基地、2个大学生就业创业基地、5个科研平台延伸和科技成果转化基地、2个智库合作基地。',
    p_projects: '山西立新物理冶金法年产1万吨再生硅材料项目，由黎城县政府与哈尔滨工业大学刘立新博士技术团队合作共建，也是本年度山西省重点工程项目。',
    p_timeline: '从去年秋天到今年4月，一项项合作陆续落地。',
    credit: '数据与原文：山西日报，2022年4月27日（李家鸣、崔笛洋）。图表由 newsfig 绘制；标为“推算”的数值由原文数字计算得出。',
  },
  en: {
    kicker: 'Shanxi Daily · 27 April 2022',
    headline: 'Changzhi takes research from the bookshelf to the store shelf',
    theme: 'Colours', auto: 'As the system', light: 'Light', dark: 'Dark',
    log: 'Log scale',
    p_glance: 'Since Shanxi set out to deepen cooperation between the province and universities, Changzhi has reached at least 500 cooperation outcomes with 106 universities in and outside the province. This year 12 of its joint research projects are among Shanxi’s key projects.',
    p_acreage: 'Changzhi, known in antiquity as Shangdang, is the birthplace of Luodangshen. In recent years the city has grown it on 35,900 mu, 90% of the province’s acreage, yet less than a tenth of Dingxi’s in Gansu.',
    p_returns: 'Zhendong Herbs and academician Zhu Youyong’s team grow Luodangshen under forest in Pingshun County. Returns per mu rose from 8,000–10,000 yuan to 50,000–100,000 yuan.',
    p_shares: 'Changzhi’s LED industry now accounts for 95% of the province’s output, and Rishengda’s tempering and coating line has raised its solar glass’s light transmittance to more than 94%.',
    p_olympics: 'At the Beijing Winter Olympics, Zhongke Lu’an supplied 3 smart disinfection robots, 8 parcel disinfectors and 15 air disinfectors.',
    p_tsinghua: 'Tsinghua University has so far built 3 student internship bases, 2 employment and start-up bases, 5 research and technology-transfer bases and 2 think-tank bases in Changzhi.',
    p_projects: 'The Lixin project in Licheng County, built with Dr Liu Lixin’s team from Harbin Institute of Technology, will make 10,000 tonnes of recycled silicon a year; it is one of this year’s provincial key projects.',
    p_timeline: 'From last autumn to this April, one project after another took shape.',
    credit: 'Figures and original text: Shanxi Daily, 27 April 2022 (Li Jiaming, Cui Diyang). Charts drawn by newsfig; values marked “derived” are computed from the article’s numbers.',
  },
};
