import ZhizaoAnalytics
import ZhizaoCore

extension API {
    /// A firm's eligibility for 小巨人 and 单项冠军, criterion by criterion, as `/pipeline?enterprise=` shows it.
    struct EligibilityJSON: Encodable {
        var enterprise: NamedJSON
        /// The year the criteria are applied for: the firm's latest revenue year (2020 without one).
        var year: Int
        var designations: [DesignationCheckJSON]

        init(_ firm: Enterprise) {
            enterprise = NamedJSON(id: firm.uscc ?? firm.slug ?? "", name: Text(firm.name))
            year = firm.latestRevenue?.year ?? 2020
            let year = year
            designations = [DesignationKind.littleGiant, .singleChampion].map { kind in
                DesignationCheckJSON(
                    designation: kind.rawValue, name: Text(kind.name),
                    criteria: Eligibility.shipped.evaluate(firm, for: kind, year: year).map(CriterionResultJSON.init))
            }
        }
    }

    struct DesignationCheckJSON: Encodable {
        var designation: String
        var name: Text
        var criteria: [CriterionResultJSON]
    }

    /// One criterion: what it asks, whether the firm meets it (pass, fail, unknown) and what is missing to tell.
    struct CriterionResultJSON: Encodable {
        var criterion: String
        var text: Text
        var verdict: String
        var missing: Text?
        /// True where the rule itself is not verified against the ministry's text.
        var unverified: Bool

        init(_ result: Eligibility.Result) {
            criterion = result.criterion.id
            text = Text(result.criterion.text)
            verdict = result.verdict.rawValue
            missing = result.missing.map(Text.init)
            unverified = result.criterion.unverified ?? false
        }
    }
}
