// Reports for the screen tests, written in the report file format: short enough to reason
// about, long enough to scroll, with captions, figures, both scripts and hostile characters.
import {parseReport} from '../../source/corpus/format.js';
import type {Report} from '../../source/corpus/types.js';

const long = (seed: string, times: number) => Array.from({length: times}, () => seed).join('');

export const alphaText = `---
id: alpha
title: "甲市工会五年工作报告"
subtitle: "砥砺奋进谱新篇"
region: "甲市"
region_en: "Alpha"
province: "四川省"
province_en: "Sichuan"
level: city
period: 2018-2023
script: simplified
---
五年来，全市工会发展会员80.2万人，建立工会组织3993个。

> 劳模表彰大会现场
> — 张三 摄

## 强化思想引领

${long('全市各级工会坚持党的领导，弘扬劳模精神、劳动精神、工匠精神。', 12)}

${long('开展宣讲活动3000余场次，覆盖职工60余万人次。', 8)}

## 维护职工权益

${long('集体协商建制率达85%以上，筹集送温暖资金5200余万元。', 10)}

> 送温暖活动
> — 李四

## 深化工会改革

${long('全市新就业形态劳动者入会5万余人，劳模创新工作室20个。', 10)}
`;

export const betaText = `---
id: beta
title: "乙區工會工作綜述"
region: "乙区"
region_en: "Beta District"
level: district
period: 2013-2018
script: traditional
---
## 勞模風采

全區評選勞模28名，發展會員12.6萬人。

## 職工服務

建成職工書屋15個，慰問困難職工2000餘人次。
`;

export const gammaText = `---
id: gamma
title: "丙省工会报告"
region: "丙省"
region_en: "Gamma"
level: province
period: 2018-2023
---
## 组织建设

全省工会会员1883.5万人，基层工会组织12万个。劳模5名。

## 控制字符

这里有一个\u001b[31m转义序列和\u202e反向字符，必须显示为无害文字。
`;

export function fixtureReports(): Report[] {
	return [
		parseReport(alphaText, 'alpha.md'),
		parseReport(betaText, 'beta.md'),
		parseReport(gammaText, 'gamma.md'),
	];
}

/** Many small reports, to check that long lists draw only what fits. */
export function manyReports(count: number): Report[] {
	return Array.from({length: count}, (_, index) =>
		parseReport(
			alphaText
				.replace('id: alpha', `id: r${index}`)
				.replace('region: "甲市"', `region: "市${index}"`)
				.replace('region_en: "Alpha"', `region_en: "Region ${index}"`),
			`r${index}.md`,
		),
	);
}
