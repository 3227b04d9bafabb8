#!/usr/bin/env python3
"""A realistic mix for the report reader's benchmark (issue 9): real-style documents (statistics bulletins, bureau
reports, project news, company news, work reports) concatenated into one file of about SIZE bytes.

Each document has a title, a date line and paragraphs. A paragraph is a few sentences of prose with no figures
around one to three annotated passages of Sources/ReportReader/Evaluation/*.jsonl (shuffled), whose figures are
redrawn (same digits count, years, months and days kept) so that the facts are mostly distinct; the prose brings
the density down to a fact every ~150-300 bytes, as in real reports. Deterministic for a given seed.

Usage: scripts/reader-corpus.py OUT SIZE_BYTES [SEED]   (prints bytes, gold facts and bytes per fact)
"""
import glob
import json
import random
import re
import sys

out, size = sys.argv[1], int(float(sys.argv[2]))
rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 9)

passages = []
for path in sorted(glob.glob("Sources/ReportReader/Evaluation/*.jsonl")):
    for line in open(path, encoding="utf-8"):
        if line.startswith("{"):
            case = json.loads(line)
            passages.append((case["text"], len(case.get("facts", []))))

places = ["花都区", "黄埔区", "番禺区", "南沙区", "增城区", "从化区", "白云区", "天河区", "顺德区", "南海区", "江宁区", "萧山区",
          "广州市", "佛山市", "东莞市", "苏州市", "无锡市", "宁波市", "合肥市", "长沙市"]
kinds = [
    ("{y}年{m}月{place}工业经济运行情况", "{place}统计局"),
    ("{place}{y}年国民经济和社会发展统计公报", "{place}统计局"),
    ("{place}工业和信息化局{y}年工作总结和{y1}年工作计划", "{place}工业和信息化局"),
    ("{place}政府工作报告（{y1}年）", "{place}人民政府"),
    ("{place}重大项目集中签约 总投资再创新高", "{place}融媒体中心"),
    ("{place}先进制造业企业发展动态", "{place}发展和改革局"),
    ("{place}招商引资和重点项目建设情况通报", "{place}投资促进局"),
]
openers = ["今年以来", "从全年看", "总体来看", "与此同时", "下一步", "近年来", "当前", "在此基础上", "据了解", "记者了解到", "另外", "此外"]
clauses = [
    "坚持把发展经济的着力点放在实体经济上", "深入实施创新驱动发展战略", "加快构建现代化产业体系", "持续优化营商环境",
    "推动制造业高端化智能化绿色化发展", "全力稳住工业经济基本盘", "着力提升产业链供应链韧性和安全水平", "统筹推进重大项目建设",
    "强化要素保障和服务企业工作", "扎实做好稳增长各项工作", "持续深化与粤港澳大湾区城市的产业协作", "大力培育战略性新兴产业",
    "推动传统产业转型升级", "抓好招商引资和项目落地", "积极引导企业加大研发投入", "深入开展企业服务专项行动",
    "完善重点企业挂点联系机制", "加快推进数字化转型和智能化改造", "强化土地和资金等要素保障", "着力解决企业融资难融资贵问题",
    "深化产学研合作和成果转化", "积极培育专精特新中小企业", "推动龙头企业与上下游配套企业协同发展", "提升园区承载能力和配套水平",
    "推动产业集群向价值链中高端迈进", "工业经济呈现稳中有进的良好态势", "主要指标运行在合理区间", "新动能持续发展壮大",
    "企业生产经营总体平稳", "市场预期逐步改善", "重点行业支撑作用明显", "项目建设取得积极进展", "产业结构不断优化",
    "发展质量和效益稳步提升", "营商环境持续改善", "企业发展信心进一步增强", "创新能力显著提升", "对外开放水平不断提高",
    "但也要看到", "外部环境依然复杂严峻", "部分行业需求不足", "企业成本压力仍然较大", "稳增长的基础仍需巩固",
    "相关部门将继续跟踪监测运行情况", "及时协调解决企业反映的困难和问题", "确保各项政策落地见效", "为全年目标任务完成打下坚实基础",
    "该项目主要建设研发中心、生产车间和配套设施", "项目建成后将进一步完善区域产业链条", "企业负责人表示将继续扩大在当地的投资",
    "活动现场气氛热烈", "多家企业代表作了交流发言", "会议强调要提高政治站位", "压实工作责任", "形成工作合力",
]
words = re.compile(r"\d+(?:\.\d+)?")


def redraw(text):
    """The passage's figures with new digits; years, months, days, ordinals and ranges of months kept."""
    def draw(m):
        s, before, after = m.group(0), text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if after in "年月日季号时-/:：~～" and after or before in "第-/~～" and before or len(s.split(".")[0]) == 4 and s.startswith(("19", "20")):
            return s
        digits = [c if c == "." else str(rng.randrange(10)) for c in s]
        if digits[0] == "0" and len(s.split(".")[0]) > 1:
            digits[0] = str(rng.randrange(1, 10))
        return "".join(digits)
    return words.sub(draw, text)


def prose(n):
    sentences = []
    for _ in range(n):
        parts = rng.sample(clauses, rng.randrange(2, 5))
        if rng.random() < 0.4:
            parts.insert(0, rng.choice(openers))
        sentences.append("，".join(parts) + "。")
    return "".join(sentences)


written = facts = 0
with open(out, "w", encoding="utf-8") as f:
    order = []
    while written < size:
        y = rng.choice([2021, 2022, 2023, 2024])
        place = rng.choice(places)
        title, author = rng.choice(kinds)
        doc = [title.format(y=y, y1=y + 1, m=rng.randrange(1, 13), place=place),
               f"发布时间：{y}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}  来源：{author.format(place=place)}", ""]
        for _ in range(rng.randrange(4, 12)):
            paragraph = prose(rng.randrange(1, 4))
            for _ in range(rng.randrange(1, 3)):
                if not order:
                    order = list(range(len(passages)))
                    rng.shuffle(order)
                text, n = passages[order.pop()]
                paragraph += redraw(text).strip() + ("" if text.strip().endswith(("。", "！", "？", "；")) else "。")
                paragraph += prose(rng.randrange(1, 3))
                facts += n
            doc.append(paragraph)
        block = "\n".join(doc) + "\n\n"
        f.write(block)
        written += len(block.encode())
print(f"{written} bytes, {facts} gold facts, a fact every {written / facts:.0f} bytes")
