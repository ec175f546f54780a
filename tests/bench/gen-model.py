#!/usr/bin/env python3
"""Generate a synthetic responsibility model for benchmarking dutygraph.

    gen-model.py --scale K --seed S -o DIR

writes DIR/model.yaml and DIR/taxonomy.yaml.  Scale 1 is about the size of a
real town document: ~40 bodies, ~130 areas (21 top-level categories, depth
2-3, ~60 expected), ~220 duties.  Scale K is K such towns in one model, so
bodies, areas and duties all grow K-fold; ids of town k > 0 carry a "-k"
suffix and names carry the town's name.  Each town has its own copy of the
area tree, its own reports-to chains and its own duties.

Class-wide duties (`applies-to`) are the exception: they bind every body of a
kind in the whole model, so multiplying them by K would make the number of
holdings grow as K^2.  The model has a fixed handful of them (CLASS_WIDE),
whatever the scale.

The output is deterministic for a given (scale, seed); only the standard
library is used and the YAML is written as text.
"""

import argparse
import json
import os
import random
import sys

# --------------------------------------------------------------------------
# The area tree of one town: (id, name, parent, keywords).  21 top-level
# categories, ~95 second-level and 7 third-level areas.
AREAS = [
    ("comprehensive", "安全生产综合监督管理", None, ["综合监管", "安委会"]),
    ("emergency", "应急管理与事故处置", None, ["应急"]),
    ("emergency.rescue", "生产安全事故应急救援", "emergency", ["应急救援"]),
    ("emergency.medical", "事故医疗卫生救援", "emergency", ["医疗救援"]),
    ("emergency.investigation", "生产安全事故调查处理", "emergency", ["事故调查"]),
    ("emergency.environmental", "事故次生环境事件处置", "emergency", ["次生环境"]),
    ("industry", "工贸行业", None, ["工贸"]),
    ("industry.enterprises", "工业企业安全生产", "industry", ["工业企业"]),
    ("industry.three-simultaneous", "建设项目安全设施“三同时”", "industry", ["三同时"]),
    ("industry.obsolete-tech", "落后技术工艺装备淘汰", "industry", ["落后工艺"]),
    ("industry.investment", "新改扩建项目安全准入", "industry", ["招商引资", "安全准入"]),
    ("industry.processing-points", "来料加工点", "industry", ["来料加工"]),
    ("industry.closure", "不符合产业政策企业关闭", "industry", ["关闭企业"]),
    ("industry.dust", "粉尘涉爆企业", "industry", ["粉尘"]),
    ("industry.limited-space", "有限空间作业", "industry", ["有限空间"]),
    ("mining", "矿山与地质", None, ["矿山"]),
    ("mining.production", "矿山生产安全", "mining", ["采矿"]),
    ("mining.order", "矿业秩序与非法开采", "mining", ["非法开采"]),
    ("mining.geo-environment", "矿山地质环境保护", "mining", ["地质环境"]),
    ("mining.tailings", "尾矿库", "mining", ["尾矿库"]),
    ("mining.survey", "测绘与地质勘查", "mining", ["测绘", "勘查"]),
    ("mining.geo-hazard", "地质灾害防治", "mining", ["地质灾害"]),
    ("hazchem", "危险化学品", None, ["危险化学品", "危化品"]),
    ("hazchem.production", "危险化学品生产储存经营", "hazchem", ["危化品经营"]),
    ("hazchem.public-security", "危险化学品公共安全", "hazchem", ["剧毒化学品"]),
    ("hazchem.quality", "危险化学品及包装物产品质量", "hazchem", ["包装物"]),
    ("hazchem.waste", "废弃危险化学品处置", "hazchem", ["废弃危化品"]),
    ("hazchem.transport", "危险化学品道路运输", "hazchem", ["危化品运输"]),
    ("hazchem.health", "危险化学品中毒医疗救治", "hazchem", ["中毒救治"]),
    ("hazchem.use", "行业领域内危险化学品使用", "hazchem", ["危化品使用"]),
    ("hazchem.hazardous-waste", "危险废物", "hazchem", ["危废"]),
    ("hazchem.drug-precursors", "药品类易制毒化学品", "hazchem", ["易制毒"]),
    ("explosives", "民用爆炸物品与烟花爆竹", None, ["民爆"]),
    ("explosives.production", "民用爆炸物品生产销售", "explosives", ["民爆物品"]),
    ("explosives.public-security", "民用爆炸物品公共安全", "explosives", ["炸药"]),
    ("explosives.fireworks", "烟花爆竹", "explosives", ["烟花爆竹"]),
    ("explosives.fireworks.production", "烟花爆竹生产经营安全", "explosives.fireworks", ["烟花经营"]),
    ("explosives.fireworks.public-security", "烟花爆竹运输燃放", "explosives.fireworks", ["燃放"]),
    ("explosives.fireworks.quality", "烟花爆竹产品质量", "explosives.fireworks", ["烟花质量"]),
    ("fire", "消防", None, ["消防"]),
    ("fire.supervision", "消防安全监督管理", "fire", ["消防监督"]),
    ("fire.public-venues", "公众聚集场所消防安全", "fire", ["公众聚集场所"]),
    ("fire.small-venues", "“九小场所”安全", "fire", ["九小场所"]),
    ("fire.forest", "森林（山林）防火", "fire", ["森林防火", "山林防火"]),
    ("fire.residential", "居民住宅消防安全", "fire", ["电动车充电"]),
    ("public-security", "公共安全与治安", None, ["治安"]),
    ("public-security.large-events", "大型群众性活动", "public-security", ["群众性活动"]),
    ("public-security.crime", "涉及安全生产的刑事与治安案件", "public-security", ["刑事案件"]),
    ("public-security.drowning", "防溺水", "public-security", ["溺水"]),
    ("public-security.co-poisoning", "非生产领域一氧化碳中毒", "public-security", ["煤气中毒"]),
    ("transport", "交通运输", None, ["交通"]),
    ("transport.road-traffic", "道路交通安全", "transport", ["道路交通"]),
    ("transport.road-transport", "道路运输", "transport", ["客货运输"]),
    ("transport.highway", "公路工程与公路安全设施", "transport", ["公路"]),
    ("transport.highway.bridges", "农村公路桥梁", "transport.highway", ["桥梁"]),
    ("transport.highway.protection", "公路安全生命防护工程", "transport.highway", ["生命防护"]),
    ("transport.school-bus", "校车安全", "transport", ["校车"]),
    ("transport.waterway", "水上交通与渡口", "transport", ["渡口", "水上交通"]),
    ("transport.farm-machinery", "农业机械安全", "transport", ["农机"]),
    ("construction", "建设工程与城乡建设", None, ["建设工程"]),
    ("construction.works", "房屋建筑和市政基础设施工程", "construction", ["建筑施工"]),
    ("construction.small-works", "限额以下建设工程质量安全", "construction", ["小型工程"]),
    ("construction.planning", "乡村规划建设管理", "construction", ["乡村规划"]),
    ("construction.rural-housing", "农村住房安全与危房改造", "construction", ["危房"]),
    ("construction.utilities", "城镇公用设施", "construction", ["供水", "排水"]),
    ("construction.utilities.water-supply", "农村供水设施", "construction.utilities", ["自来水"]),
    ("construction.utilities.sanitation", "环卫与园林设施", "construction.utilities", ["环卫"]),
    ("construction.gas", "燃气安全", "construction", ["燃气", "液化气"]),
    ("construction.road-occupation", "占道施工", "construction", ["占道"]),
    ("energy", "能源", None, ["能源"]),
    ("energy.power", "电力安全", "energy", ["电力", "供电"]),
    ("energy.pipelines", "石油天然气管道", "energy", ["油气管道"]),
    ("energy.oil-trade", "成品油经营", "energy", ["加油站"]),
    ("water", "水利", None, ["水利"]),
    ("water.facilities", "水库、泵站等水利设施", "water", ["水库", "泵站"]),
    ("water.flood-control", "防汛抗旱", "water", ["防汛"]),
    ("water.projects", "水利工程建设", "water", ["水利工程"]),
    ("agriculture", "农业农村", None, ["农业"]),
    ("agriculture.production", "农业生产与农业设施", "agriculture", ["农业设施"]),
    ("agriculture.inputs", "种子、农药、鼠药", "agriculture", ["农药"]),
    ("agriculture.fishery", "渔业与渔业船舶", "agriculture", ["渔船"]),
    ("agriculture.livestock", "畜牧与畜禽屠宰", "agriculture", ["屠宰"]),
    ("agriculture.veterinary-feed", "兽药与饲料", "agriculture", ["兽药"]),
    ("agriculture.forestry", "林业", "agriculture", ["林业"]),
    ("special-equipment", "特种设备", None, ["特种设备", "锅炉", "电梯"]),
    ("market", "市场监管", None, ["市场"]),
    ("market.registration", "企业登记前置审批", "market", ["登记"]),
    ("market.trading", "商品交易市场", "market", ["集贸市场"]),
    ("market.unlicensed", "无照经营", "market", ["无照"]),
    ("market.food", "食品安全", "market", ["食品"]),
    ("market.catering", "餐饮服务", "market", ["餐饮"]),
    ("market.drugs", "药品、医疗器械、化妆品", "market", ["药品"]),
    ("education", "教育与校园", None, ["学校"]),
    ("education.schools", "学校（含幼儿园）安全管理", "education", ["幼儿园"]),
    ("education.activities", "学生校内外活动", "education", ["学生活动"]),
    ("education.facilities", "校园设施与校舍", "education", ["校舍"]),
    ("education.campus-construction", "校内建设工程", "education", ["校内工程"]),
    ("education.safety-teaching", "安全教育", "education", ["安全教育"]),
    ("culture-tourism", "文化旅游", None, ["文旅"]),
    ("culture-tourism.venues", "公共文化娱乐场所", "culture-tourism", ["娱乐场所"]),
    ("culture-tourism.tourism", "旅游和服务业", "culture-tourism", ["旅游"]),
    ("culture-tourism.accommodation", "住宿", "culture-tourism", ["宾馆", "民宿"]),
    ("health", "卫生健康", None, ["卫生"]),
    ("health.institutions", "医疗卫生机构", "health", ["卫生院"]),
    ("health.radioactive", "放射性物品", "health", ["放射性"]),
    ("health.medical-waste", "医疗废弃物", "health", ["医疗废物"]),
    ("health.occupational", "职业病防治与职业健康", "health", ["职业病"]),
    ("labour", "劳动保护", None, ["劳动"]),
    ("labour.training", "农民工安全培训", "labour", ["农民工"]),
    ("labour.protection", "劳动保护与工时休假", "labour", ["工时"]),
    ("labour.injury-insurance", "工伤保险", "labour", ["工伤"]),
    ("labour.workers-rights", "职工安全权益与群众监督", "labour", ["职工权益"]),
    ("civil", "民政与邮政", None, ["民政"]),
    ("civil.institutions", "民政福利机构、殡葬与救助机构", "civil", ["养老院", "敬老院"]),
    ("civil.illegal-funeral", "违法兴建殡葬设施", "civil", ["殡葬"]),
    ("civil.postal", "邮政行业运行安全", "civil", ["邮政"]),
    ("civil.delivery", "快递寄递安全", "civil", ["快递"]),
    ("governance", "安全生产保障与监督", None, ["保障"]),
    ("governance.legal-education", "安全生产普法与法律服务", "governance", ["普法"]),
    ("governance.funding", "安全生产专项经费", "governance", ["经费"]),
    ("governance.discipline", "安全生产监察与责任追究", "governance", ["责任追究"]),
    ("governance.poverty-projects", "扶贫项目", "governance", ["扶贫"]),
]

# Areas defined in the model rather than the taxonomy (seen only in the
# document): (id, name, parent).
DOC_AREAS = [
    ("industry.small-workshops", "家庭作坊", "industry"),
    ("construction.self-built", "农村自建房", "construction"),
    ("transport.tricycles", "农用三轮车载人", "transport"),
    ("fire.straw-burning", "秸秆禁烧", "fire"),
    ("market.festival-fairs", "节庆庙会", "market"),
    ("water.ponds", "坑塘水库防溺水设施", "water"),
    ("education.off-campus", "校外培训机构", "education"),
    ("agriculture.greenhouses", "农业大棚用电", "agriculture"),
]

SHARED_BASIS = {
    "transport.school-bus": "校车安全管理条例 第四条",
    "market.food": "食品安全法 第六条",
    "hazchem.production": "危险化学品安全管理条例 第六条",
}

LAWS = [
    "安全生产法 第九条", "安全生产法 第十条", "消防法 第四条", "道路交通安全法 第五条",
    "特种设备安全法 第五条", "危险化学品安全管理条例 第六条", "城镇燃气管理条例 第五条",
    "建设工程安全生产管理条例 第四十条", "山东省安全生产条例 第七条", "食品安全法 第六条",
    "防洪法 第八条", "地质灾害防治条例 第七条", "职业病防治法 第九条", "矿山安全法 第四条",
    "民用爆炸物品安全管理条例 第三条", "烟花爆竹安全管理条例 第四条", "电力法 第六条",
]

# Areas that may be exempt (a town has no mine, no waterway, no pipeline …).
EXEMPTABLE = {
    "mining.production": "本镇无矿山企业",
    "mining.tailings": "本镇无尾矿库",
    "transport.waterway": "本镇无通航水域和渡口",
    "energy.pipelines": "辖区内无石油天然气管道",
    "agriculture.fishery": "本镇无渔业船舶",
    "explosives.production": "辖区内无民用爆炸物品生产销售企业",
}

# --------------------------------------------------------------------------
# Bodies of one town: (id, name suffix, kind, reports-to, domains).  Domains
# are top-level area ids (or area ids) from which the body's duties draw.
BODIES = [
    ("dangwei", "党委", "party", None, []),
    ("zhengfu", "人民政府", "government", None, []),
    ("shuji", "党委书记", "leader", "dangwei", []),
    ("zhenzhang", "镇长", "leader", "zhengfu", []),
    ("fuzhen-gongye", "分管工业副镇长", "leader", "zhenzhang", ["industry", "hazchem"]),
    ("fuzhen-nongye", "分管农业副镇长", "leader", "zhenzhang", ["agriculture", "water"]),
    ("fuzhuren-anquan", "应急办专职副主任", "leader", "zhenzhang", ["comprehensive"]),
    ("anweihui", "安全生产委员会", "committee", "zhengfu", []),
    ("yingjiban", "应急管理办公室", "office", "fuzhuren-anquan",
     ["comprehensive", "emergency", "hazchem", "industry"]),
    ("jianshe", "建设管理办公室", "office", "fuzhen-gongye", ["construction"]),
    ("wenlv", "文旅办", "office", "zhenzhang", ["culture-tourism"]),
    ("guihua", "乡村规划建设监督管理办公室", "office", "fuzhen-gongye", ["construction"]),
    ("dangzheng", "党政办公室", "office", "zhenzhang", ["governance"]),
    ("jingji", "经济发展办公室", "office", "fuzhen-gongye", ["industry", "energy"]),
    ("nongye", "农业综合服务中心", "office", "fuzhen-nongye", ["agriculture"]),
    ("fupin", "扶贫办", "office", "fuzhen-nongye", ["governance"]),
    ("jiaowei", "教委", "department", "zhenzhang", ["education"]),
    ("jingwei", "经委", "department", "fuzhen-gongye", ["industry", "energy"]),
    ("zhaoshang", "招商分局", "department", "fuzhen-gongye", ["industry"]),
    ("minzheng", "民政所", "department", "zhenzhang", ["civil"]),
    ("laobao", "劳动和社会保障所", "department", "zhenzhang", ["labour"]),
    ("guotu", "国土所", "department", "fuzhen-nongye", ["mining"]),
    ("huanbao", "环保所", "department", "fuzhen-gongye", ["hazchem", "emergency"]),
    ("zhifa", "行政执法分局", "department", "zhenzhang", ["construction", "market"]),
    ("caizheng", "财政所", "department", "zhenzhang", ["governance"]),
    ("sifa", "司法所", "department", "zhenzhang", ["governance"]),
    ("paichusuo", "派出所", "station", "zhengfu",
     ["fire", "public-security", "explosives", "hazchem"]),
    ("jiaojing", "交警中队", "station", "zhengfu", ["transport"]),
    ("gongdian", "供电站", "station", "fuzhen-gongye", ["energy"]),
    ("youzheng", "邮政支局", "station", "zhenzhang", ["civil"]),
    ("shijian", "市场监管所", "station", "zhenzhang",
     ["market", "special-equipment", "hazchem"]),
    ("weishengyuan", "卫生院", "station", "zhenzhang", ["health"]),
    ("linguo", "林果桑蚕站", "station", "fuzhen-nongye", ["agriculture", "fire"]),
    ("shuili", "水利站", "station", "fuzhen-nongye", ["water"]),
    ("nongji", "农机站", "station", "fuzhen-nongye", ["transport", "agriculture"]),
    ("cun-dong", "东片工作点", "village", "zhengfu", []),
    ("cun-xi", "西片工作点", "village", "zhengfu", []),
    ("cun-nan", "南片工作点", "village", "zhengfu", []),
    ("cun-bei", "北片工作点", "village", "zhengfu", []),
    ("cun-zhong", "中心工作点", "village", "zhengfu", []),
]
# one body outside the town, assisted "upwards" in the real document
EXTERNAL = ("qu-jiaotong", "区交通运输局", "external", None, ["transport"])

PRINCIPLES = [
    ("dangzheng-tongze", "一(一)", "党政同责、一岗双责、齐抓共管、失职追责", None),
    ("fenji-fuze", "一(二)", "分级负责、属地管理", None),
    ("shui-zhuguan", "一(三)", "谁主管、谁负责，谁审批、谁负责", None),
    ("shui-touzi", "一(四)", "谁投资、谁所有、谁受益、谁负责", None),
    ("guan-hangye", "一(五)", "管行业必须管安全，管业务必须管安全，管生产经营必须管安全", "manages"),
]

TOWN_FIRST = "张青石柳白龙凤金安和平新兴东西南北长红黄马杨李王周陈赵孙刘高郭林胡朱徐何罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
TOWN_SECOND = "山庄河桥湖集店营坡岭塘村沟湾屯寨圩铺口坝泉"

# --------------------------------------------------------------------------
# Duty texts.  Each template takes the area name(s); the parts are chosen so
# that the texts average about 40 characters, like the real document.
LEAD = [
    "负责{a}的安全生产监督管理工作，督促相关生产经营单位落实安全生产主体责任。",
    "依法负责{a}安全监管工作，组织开展隐患排查治理。",
    "负责{a}安全管理，依法查处违法违规行为，督促整改事故隐患。",
    "履行{a}安全监管职责，建立健全监管台账，定期组织专项检查。",
    "负责辖区内{a}的日常安全监督检查，对发现的问题责令限期整改。",
    "组织开展{a}领域安全生产专项整治，落实网格化监管要求。",
    "负责{a}及{b}的安全监督管理，督促企业健全安全生产责任制。",
]
ASSIST = [
    "协助上级部门对{a}的安全生产进行监督管理。",
    "协助有关部门做好{a}安全检查工作，及时报告发现的重大隐患。",
    "协助上级主管部门开展{a}安全生产执法检查，配合做好整改督办。",
]
COOPERATE = [
    "配合有关部门做好{a}的安全监管工作，提供必要的信息和保障。",
    "配合开展{a}专项整治行动，落实属地管理责任。",
]
PARTICIPATE = [
    "依法参与{a}安全管理工作，参加联合检查和事故调查。",
    "参与{a}安全隐患排查治理，及时向镇安委会报告有关情况。",
]
SUPERVISE = [
    "监督检查{a}安全生产法律法规执行情况，对违法行为提出处理建议。",
    "对{a}领域安全生产责任落实情况进行监督，定期通报检查结果。",
]
GUIDE = [
    "指导{a}相关单位建立安全生产管理制度，开展安全教育培训。",
    "指导、协调{a}的安全生产工作，推动落实安全生产标准化建设。",
]
# optional tails, inserted before the final 。 of some texts
TAILS = [
    "，并定期向镇安委会报告工作情况",
    "，建立问题清单和整改台账",
    "，对重大事故隐患实行挂牌督办",
    "，做到全覆盖、无死角",
    "，重要时期和节假日前加密检查频次",
]
ROLE_TEXTS = {"lead": LEAD, "assist": ASSIST, "cooperate": COOPERATE,
              "participate": PARTICIPATE, "supervise": SUPERVISE, "guide": GUIDE}
PROCEDURAL = [
    "定期研究部署安全生产工作，及时解决安全生产工作中的重大问题。",
    "把安全生产纳入年度工作目标考核，严格落实考核奖惩和责任追究。",
    "每季度召开安全生产工作会议，分析安全生产形势，部署重点工作。",
    "建立健全安全生产工作责任制，将安全生产工作经费纳入财政预算。",
    "按照规定及时、如实报告生产安全事故，不得迟报、漏报、谎报、瞒报。",
    "组织制定并实施本单位安全生产教育和培训计划，如实记录培训情况。",
    "落实安全生产巡查制度，督促各部门和各点村履职尽责，推动问题整改。",
]
VAGUE = [
    "承担职责范围内行业领域安全生产监管职责。",
    "国家、省、市、区和镇政府规定的其他安全生产职责。",
    "完成镇党委、镇政府交办的其他安全生产工作。",
]
CLASS_WIDE = [
    # (kinds, procedural?, area, text)
    (["department", "office", "station"], True, None,
     "贯彻落实安全生产法律法规和方针政策，制定本行业领域安全生产规划和年度工作计划。"),
    (["department", "office", "station"], True, None,
     "建立健全本单位安全生产责任制，将安全生产工作纳入本单位年度目标考核。"),
    (["village"], True, None,
     "落实属地管理责任，组织开展辖区内安全生产隐患排查，及时上报安全生产信息。"),
    (["department", "office", "station", "village"], False, "education.safety-teaching",
     "开展安全生产宣传教育，普及安全生产法律法规和安全知识。"),
]

PARENT = {a[0]: a[2] for a in AREAS}
PARENT.update({a[0]: a[2] for a in DOC_AREAS})
NAME = {a[0]: a[1] for a in AREAS}
NAME.update({a[0]: a[1] for a in DOC_AREAS})
BODY_INDEX = {b[0]: i for i, b in enumerate(BODIES)}


def q(s):
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


def town_names(n, rng):
    names = []
    seen = set()
    firsts = list(dict.fromkeys(TOWN_FIRST))
    seconds = list(dict.fromkeys(TOWN_SECOND))
    for a in firsts:
        for b in seconds:
            names.append(a + b + "子镇" if len(names) % 7 == 0 else a + b + "镇")
    names[0] = "张山子镇"
    head, tail = names[:1], names[1:]
    rng.shuffle(tail)
    names = head + tail
    out = []
    i = 0
    while len(out) < n:
        base = names[i % len(names)]
        name = base if i < len(names) else "%s%d" % (base, i // len(names) + 1)
        if name not in seen:
            seen.add(name)
            out.append(name)
        i += 1
    return out


def generate(scale, seed, outdir):
    rng = random.Random(seed)
    towns = town_names(scale, rng)
    number = "张发〔2020〕47号"

    area_ids = [a[0] for a in AREAS]
    children = {}
    for aid, _, parent, _ in AREAS:
        if parent:
            children.setdefault(parent, []).append(aid)
    leaves = [aid for aid in area_ids if aid not in children]
    top = [aid for aid, _, parent, _ in AREAS if parent is None]

    tax = ["# Synthetic taxonomy for the dutygraph benchmark (scale %d, seed %d)." % (scale, seed),
           "title: 合成分类（基准测试）", "version: 1", "areas:"]
    model = ["# Synthetic model for the dutygraph benchmark (scale %d, seed %d)." % (scale, seed),
             "dutygraph: 1", "document:", "  id: bench-%d-%d" % (scale, seed),
             "  number: " + q(number),
             "  title: " + q("关于进一步明确安全生产监管职责的意见（合成）"),
             "  issuers: [%s, %s]" % (q("中共张山子镇委员会"), q("张山子镇人民政府")),
             "  year: 2020", "taxonomy: taxonomy.yaml", "principles:"]
    for pid, clause, text, rule in PRINCIPLES:
        line = "  - {id: %s, clause: %s, text: %s" % (pid, q(clause), q(text))
        if rule:
            line += ", rule: " + rule
        model.append(line + "}")
    bodies_out = ["bodies:"]
    areas_out = ["areas:"]
    exempt_out = ["exempt:"]
    duties_out = ["duties:"]
    body_kind = {}  # global id -> kind, for the class-wide duties

    for k in range(scale):
        sfx = "" if k == 0 else "-%d" % k
        town = towns[k]
        short = town[:-1]  # without 镇

        def A(aid):
            return aid + sfx

        def B(bid):
            return bid + sfx

        # ---- areas --------------------------------------------------------
        # ~60 expected: most leaves of the common categories
        expected = set(rng.sample(leaves, 58)) | {"comprehensive", "special-equipment"}
        for aid, name, parent, kws in AREAS:
            nm = name if k == 0 else "%s（%s）" % (name, short)
            parts = ["id: " + A(aid), "name: " + q(nm)]
            if parent:
                parts.append("parent: " + A(parent))
            parts.append("keywords: [%s]" % ", ".join(q(w) for w in kws))
            if aid in expected:
                parts.append("expected: true")
                parts.append("source: " + q(rng.choice(LAWS)))
            if aid in SHARED_BASIS:
                parts.append("shared-basis: " + q(SHARED_BASIS[aid]))
            if aid == "comprehensive":
                parts.append("residual: true")
            tax.append("  - {%s}" % ", ".join(parts))
        for aid, name, parent in DOC_AREAS:
            nm = name if k == 0 else "%s（%s）" % (name, short)
            areas_out.append("  - {id: %s, name: %s, parent: %s, source: %s}"
                             % (A(aid), q(nm), A(parent), q(number)))
        town_leaves = leaves + [a[0] for a in DOC_AREAS]

        exempt = rng.sample(sorted(EXEMPTABLE), 2)
        for aid in exempt:
            exempt_out.append("  - {area: %s, reason: %s}" % (A(aid), q(EXEMPTABLE[aid])))

        # ---- bodies -------------------------------------------------------
        domain = {}
        for bid, suffix, kind, parent, dom in BODIES:
            if kind in ("party", "government", "committee"):
                name = town + suffix
            elif kind == "leader":
                name = town + suffix
            elif kind == "village":
                name = short + suffix
            elif kind == "station":
                name = short + suffix
            else:
                name = town + suffix
            parts = ["id: " + B(bid), "name: " + q(name), "kind: " + kind]
            if parent:
                parts.append("reports-to: " + B(parent))
            if kind in ("office", "department") and rng.random() < 0.35:
                parts.append("aliases: [%s]" % q("镇" + suffix))
            if kind in ("office", "department", "station") and dom and rng.random() < 0.5:
                cands = [c for d in dom for c in ([d] + children.get(d, []))]
                parts.append("manages: [%s]" % ", ".join(A(c) for c in rng.sample(cands, min(2, len(cands)))))
            bodies_out.append("  - {%s}" % ", ".join(parts))
            body_kind[B(bid)] = kind
            domain[bid] = dom
        if k == 0:
            bid, suffix, kind, parent, dom = EXTERNAL
            bodies_out.append("  - {id: %s, name: %s, kind: %s}" % (bid, q(suffix), kind))
            body_kind[bid] = kind

        # ---- who leads what --------------------------------------------------
        # every leaf gets one primary lead body among those whose domain
        # covers it; a few expected leaves are left to nobody (gaps).
        def top_of(aid):
            while PARENT.get(aid):
                aid = PARENT[aid]
            return aid

        owners = {}
        for bid, _, kind, _, dom in BODIES:
            for d in dom:
                owners.setdefault(d, []).append(bid)
        primary = {}
        unowned = set(rng.sample(sorted(expected - {"comprehensive"}), 4))
        for leaf in town_leaves:
            if leaf in unowned or leaf in exempt:
                continue
            cands = owners.get(leaf) or owners.get(top_of(leaf)) or []
            if cands:
                primary[leaf] = rng.choice(cands)
        primary["comprehensive"] = "yingjiban"
        held = {}
        for leaf, bid in primary.items():
            held.setdefault(bid, []).append(leaf)

        # ---- duties -------------------------------------------------------
        items = {}

        def clause_of(bid):
            idx = BODY_INDEX[bid] + 1
            items[bid] = items.get(bid, 0) + 1
            return "四(二)%d(%d)" % (idx, items[bid])

        def area_name(aid):
            return NAME[aid]

        def duty(bodies, role, areas, text, clause, with_=None, procedural=False):
            if rng.random() < 0.5:
                text = text[:-1] + rng.choice(TAILS) + text[-1]
            parts = []
            if len(bodies) == 1:
                parts.append("body: " + B(bodies[0]))
            else:
                parts.append("bodies: [%s]" % ", ".join(B(b) for b in bodies))
            parts.append("role: " + role)
            if with_:
                parts.append("with: " + (with_ if with_ in ("upper", "qu-jiaotong") else B(with_)))
            if areas:
                parts.append("areas: [%s]" % ", ".join(A(a) for a in areas))
            if procedural:
                parts.append("procedural: true")
            parts.append("clause: " + q(clause))
            parts.append("text: " + q(text))
            r = rng.random()
            if r < 0.08:
                parts.append("every: " + rng.choice(["quarter", "half-year", "year"]))
                if rng.random() < 0.5:
                    parts.append("times: %d" % rng.randint(2, 4))
            elif r < 0.10:
                parts.append("note: " + q("编号为推定"))
            duties_out.append("  - {%s}" % ", ".join(parts))

        # procedural duties of the leading bodies (~15%, 33)
        leading = ["dangwei", "zhengfu", "shuji", "zhenzhang", "fuzhen-gongye", "fuzhen-nongye",
                   "fuzhuren-anquan", "anweihui"]
        for i in range(33):
            bid = leading[i % len(leading)]
            duty([bid], "lead", [], rng.choice(PROCEDURAL),
                 "二(%s)%d" % ("一二三四五六七八"[i % 8], i // 8 + 1), procedural=True)
        # vague duties (3)
        for bid in rng.sample(["yingjiban", "jingji", "zhifa", "guotu", "gongdian"], 3):
            duty([bid], "lead", [], rng.choice(VAGUE), clause_of(bid))

        # area duties (~180)
        area_bodies = [b for b in BODIES if b[4] and b[2] in ("office", "department", "station")]
        leader_bodies = [b for b in BODIES if b[4] and b[2] == "leader"]
        n_area_duties = 181
        # lead duties: every held leaf is led once, in groups of 1-3 areas
        for bid, leaves_held in sorted(held.items()):
            rng.shuffle(leaves_held)
            i = 0
            while i < len(leaves_held):
                n = rng.choices([1, 2, 3], [70, 22, 8])[0]
                grp = leaves_held[i:i + n]
                i += n
                names = [area_name(a) for a in grp]
                tmpl = rng.choice(LEAD if len(grp) > 1 else LEAD[:-1])
                text = tmpl.format(a="、".join(names[:2]), b=names[-1])
                duty([bid], "lead", grp, text, clause_of(bid))
                n_area_duties -= 1
        # a few conflicts: a second body leads an already-led leaf
        for _ in range(4):
            leaf = rng.choice(sorted(primary))
            other = rng.choice([b[0] for b in area_bodies if b[0] != primary[leaf]])
            duty([other], "lead", [leaf], rng.choice(LEAD[:-1]).format(a=area_name(leaf)),
                 clause_of(other))
            n_area_duties -= 1
        # supporting roles and a few more leads on categories
        roles = ["lead", "assist", "cooperate", "participate", "supervise", "guide"]
        weights = [20, 30, 15, 12, 12, 11]
        while n_area_duties > 0:
            n_area_duties -= 1
            b = rng.choice(area_bodies + leader_bodies)
            bid, dom = b[0], b[4]
            role = rng.choices(roles, weights)[0]
            pool = [c for d in dom for c in ([d] + children.get(d, []))]
            if rng.random() < 0.2:  # beyond its own portfolio
                pool = town_leaves
            n = rng.choices([1, 2, 3], [70, 22, 8])[0]
            grp = rng.sample(pool, min(n, len(pool)))
            if role == "lead":
                # leads on a whole category (a wider area), never on a leaf
                grp = [top_of(grp[0])]
            names = [area_name(a) for a in grp]
            tmpls = ROLE_TEXTS[role] if len(grp) > 1 or role != "lead" else LEAD[:-1]
            text = rng.choice(tmpls).format(a="、".join(names[:2]), b=names[-1])
            with_ = None
            if role == "assist":
                with_ = "upper" if rng.random() < 0.7 else rng.choice(
                    [x[0] for x in area_bodies if x[0] != bid])
            elif role == "cooperate" and rng.random() < 0.6:
                with_ = rng.choice([x[0] for x in area_bodies if x[0] != bid])
            if k == 0 and role == "assist" and with_ == "upper" and rng.random() < 0.1:
                with_ = "qu-jiaotong"
            if rng.random() < 0.04:
                other = rng.choice([x[0] for x in area_bodies if x[0] != bid and x[0] != with_])
                duty([bid, other], role, grp, text, clause_of(bid), with_)
            else:
                duty([bid], role, grp, text, clause_of(bid), with_)

    # class-wide duties: a fixed handful for the whole model
    for i, (kinds, procedural, area, text) in enumerate(CLASS_WIDE):
        kinds_s = kinds[0] if len(kinds) == 1 else "[%s]" % ", ".join(kinds)
        line = "  - {applies-to: {kind: %s}, role: lead" % kinds_s
        if area:
            line += ", areas: [%s]" % area
        if procedural:
            line += ", procedural: true"
        line += ", clause: %s, text: %s}" % (q("三(一)(%d)" % (i + 1)), q(text))
        duties_out.append(line)

    model += bodies_out + areas_out + exempt_out + duties_out
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, "taxonomy.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(tax) + "\n")
    with open(os.path.join(outdir, "model.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(model) + "\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=1, help="number of towns (default 1)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("-o", "--output", required=True, metavar="DIR", help="output directory")
    args = ap.parse_args()
    if args.scale < 1:
        ap.error("--scale must be at least 1")
    generate(args.scale, args.seed, args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
