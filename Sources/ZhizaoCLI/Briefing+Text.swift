import ZhizaoAnalytics
import ZhizaoCore

/// The briefing as terminal text, each figure with qualifier, period, rank and a numbered source.
extension Briefing {
    func text(_ language: Language) -> String {
        var out = TextBriefing(briefing: self, language: language)
        return out.render()
    }
}

private struct TextBriefing {
    let briefing: Briefing
    let language: Language
    var citations: [String] = []
    var lines: [String] = []

    init(briefing: Briefing, language: Language) {
        self.briefing = briefing
        self.language = language
    }

    private func t(_ zh: String, _ en: String) -> String { language.pick(zh, en) }

    /// The footnote number of a source, numbering sources in order of first citation.
    private mutating func cite(_ sourceId: String) -> String {
        if let index = citations.firstIndex(of: sourceId) { return "[\(index + 1)]" }
        citations.append(sourceId)
        return "[\(citations.count)]"
    }

    /// "约5000亿元 · 2020年 · 全国第1 [1]" — a figure with everything that qualifies it.
    private mutating func figure(_ o: Observation, withPeriod: Bool = true) -> String {
        let metric = briefing.metrics[o.metricId]
        var parts: [String] = []
        if let q = o.quantity {
            parts.append(ChineseNumberFormat.format(q.value, unit: metric?.unit ?? "", qualifier: q.qualifier, language: language))
        }
        if withPeriod { parts.append(o.period.label(language)) }
        parts += o.marks.map { $0.text(language) }
        if let rank = o.rank { parts.append(rank.label(language)) }
        if let note = o.note(language) { parts.append(note) }
        return parts.joined(separator: " · ") + " " + cite(o.sourceId)
    }

    private mutating func heading(_ zh: String, _ en: String) {
        lines.append("")
        lines.append(t("■ \(zh)", "■ \(en)"))
    }

    mutating func render() -> String {
        let cityName = briefing.overview.city?.name.text(language) ?? t("城市", "City")
        lines.append(t("\(cityName)先进制造业简报", "\(cityName) advanced manufacturing — briefing"))
        if let programme = briefing.overview.programme {
            lines.append("\(programme.name.text(language)) (\(programme.period.label(language)))")
        }
        renderClusters()
        renderTierCounts()
        renderLadder()
        renderProjects()
        renderDigital()
        renderSources()
        return lines.joined(separator: "\n") + "\n"
    }

    private mutating func renderClusters() {
        heading("产业集群：规模、能级与目标", "Clusters: size, tier and target")
        let nameWidth = briefing.overview.clusters.map { Terminal.width($0.cluster.name.text(language)) }.max() ?? 10
        for line in briefing.overview.clusters {
            var text = "  " + Terminal.pad(line.cluster.name.text(language), nameWidth + 2)
            if let headline = line.headline {
                let metric = briefing.metrics[headline.metricId]
                let label = headline.metricId == "output" ? "" : (metric?.name.text(language) ?? "") + " "
                text += label + figure(headline)
            } else {
                text += t("规模未公布", "size not reported")
            }
            if let tier = line.tier {
                if let reached = tier.tier {
                    text += "  " + (tier.isCertain ? "" : t("约", "≈")) + reached.name.text(language)
                } else {
                    text += "  " + t("能级不明", "tier unknown")
                }
            } else if line.headline?.isYearToDate == true {
                text += "  " + t("非全年产值，不计能级", "not a whole year's output: no tier")
            }
            lines.append(text)
            if let target = line.target {
                var goal = target.description.text(language)
                if let deadline = target.deadline { goal += t("（\(deadline)年）", " (by \(deadline))") }
                if let progress = line.progress {
                    goal += t("，进度", "; progress ") + (line.progressIsApproximate ? t("约", "≈") : "")
                        + ChineseNumberFormat.decimal(progress * 100, maxFraction: 0) + "%"
                }
                lines.append("  " + String(repeating: " ", count: nameWidth + 2) + t("目标：", "target: ") + goal + " "
                    + cite(target.sourceId))
            }
        }
    }

    private mutating func renderTierCounts() {
        guard !briefing.overview.tierCounts.isEmpty else { return }
        heading("规划目标：集群能级", "Programme targets: clusters by tier")
        for count in briefing.overview.tierCounts {
            let target = count.target
            let names = count.reaching.map { $0.name.text(language) }.joined(separator: t("、", ", "))
            var text = "  " + target.description.text(language)
            if let deadline = target.deadline { text += t("（\(deadline)年）", " (by \(deadline))") }
            text += " " + cite(target.sourceId)
            lines.append(text)
            var now = t("    现有\(count.reaching.count)个", "    now \(count.reaching.count)")
            if count.approximate > 0 {
                now += t("（其中\(count.approximate)个按约数计）", " (\(count.approximate) on approximate figures)")
            }
            if !names.isEmpty { now += t("：", ": ") + names }
            lines.append(now)
        }
    }

    private mutating func renderLadder() {
        heading("企业梯度培育", "Enterprise ladder")
        for o in briefing.overview.ladder {
            let name = briefing.metrics[o.metricId]?.name.text(language) ?? o.metricId
            lines.append("  " + Terminal.pad(name, 28) + figure(o))
        }
        let registry = briefing.registry
        var text = t("  企业库：\(registry.enterprises)家企业", "  Registry: \(registry.enterprises) enterprises")
        if registry.synthetic > 0 { text += t("（其中合成数据\(registry.synthetic)家）", " (\(registry.synthetic) synthetic)") }
        let held = DesignationKind.ladder.compactMap { kind in
            registry.designations[kind].map { "\(kind.name.text(language)) \($0)" }
        }
        if !held.isEmpty { text += t("；", "; ") + held.joined(separator: t("，", ", ")) }
        lines.append(text)
    }

    private mutating func renderProjects() {
        heading("重点项目（按状态）", "Key projects by status")
        for o in briefing.overview.projectFigures {
            let subject = briefing.places.place(id: o.subject.id)?.name.text(language) ?? o.subject.id
            let metric = briefing.metrics[o.metricId]?.name.text(language) ?? o.metricId
            lines.append("  \(subject) \(metric)：" + figure(o))
        }
        for group in briefing.overview.projectGroups {
            let title = group.status?.name.text(language) ?? t("状态未注明", "status not stated")
            lines.append("  \(title) (\(group.projects.count))")
            for project in group.projects {
                var text = "    · " + project.name.text(language)
                if let place = project.placeId.flatMap({ briefing.places.place(id: $0) }) {
                    text += " — " + place.name.text(language)
                }
                if let investment = project.investment {
                    text += t("，总投资", ", investment ")
                        + ChineseNumberFormat.format(investment.value, unit: "CNY", qualifier: investment.qualifier, language: language)
                }
                if let since = project.phases.last(where: { $0.since != nil })?.since {
                    text += t("，\(since)起", ", since \(since)")
                }
                if !project.listings.isEmpty { text += t("，列入", ", listed in ") + project.listings.joined(separator: "、") }
                if let source = project.sourceId { text += " " + cite(source) }
                lines.append(text)
            }
        }
    }

    private mutating func renderDigital() {
        heading("数字基础设施", "Digital infrastructure")
        for o in briefing.overview.digital {
            let name = briefing.metrics[o.metricId]?.name.text(language) ?? o.metricId
            lines.append("  " + Terminal.pad(name, 30) + figure(o))
        }
    }

    private mutating func renderSources() {
        heading("来源", "Sources")
        for (index, id) in citations.enumerated() {
            let source = briefing.sources[id]
            var text = "  [\(index + 1)] " + (source?.title.text(language) ?? id)
            if let publisher = source?.publisher { text += " — " + publisher }
            lines.append(text)
            if let note = source?.note { lines.append("      " + note) }
        }
    }
}
