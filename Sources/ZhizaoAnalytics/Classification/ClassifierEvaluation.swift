import Foundation
import ZhizaoCore

/// A firm of the labelled set (`Resources/link-labels.jsonl`) with the links it truly belongs to.
public struct LabelledFirm: Sendable, Codable, Hashable {
    public var name: String
    public var industryCode: String
    public var businessScope: String?
    /// `chain/node` codes; empty for a firm on no link (a hard negative).
    public var links: [String]
    /// `constructed` (written for the set) or `dataset` (a firm of the built-in dataset).
    public var origin: String
    public var note: String?

    public init(name: String, industryCode: String, businessScope: String? = nil, links: [String], origin: String = "constructed", note: String? = nil) {
        self.name = name
        self.industryCode = industryCode
        self.businessScope = businessScope
        self.links = links
        self.origin = origin
        self.note = note
    }

    /// Reads the JSON-lines form, one firm a line; a bad line is an error naming its line.
    public static func read(_ text: String) throws -> [LabelledFirm] {
        let decoder = JSONDecoder()
        var firms: [LabelledFirm] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("//") else { continue }
            do {
                firms.append(try decoder.decode(LabelledFirm.self, from: Data(trimmed.utf8)))
            } catch {
                throw LabelError(line: index + 1, message: "not a labelled firm (\(error))")
            }
        }
        return firms
    }

    /// The shipped labelled set.
    public static func shipped() -> [LabelledFirm] {
        guard let url = Bundle.module.url(forResource: "link-labels", withExtension: "jsonl"),
            let data = try? Data(contentsOf: url), let firms = try? read(String(decoding: data, as: UTF8.self))
        else { fatalError("link-labels.jsonl is missing or malformed in the ZhizaoAnalytics bundle") }
        return firms
    }
}

/// A line of a labelled set that cannot be read.
public struct LabelError: Error, CustomStringConvertible {
    public var line: Int
    public var message: String
    public var description: String { "line \(line): \(message)" }
}

/// Per-link precision and recall of the classifier on a labelled set, with the micro figures (over all
/// decisions) and the macro ones (the mean over links).
public struct ClassifierEvaluation: Sendable {
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        /// Of the firms put on the link, the share that belong there; 1 when none was put there (no wrong call).
        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }

        /// Of the firms that belong on the link, the share put there; 1 when none belongs.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }

        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    /// A firm the classifier got wrong.
    public struct Miss: Sendable {
        public var firm: LabelledFirm
        public var missed: [String]
        public var extra: [String]
    }

    public var firms: Int
    public var byLink: [String: Counts]
    public var misses: [Miss]

    /// Scores `classify` (a firm → the link codes it is put on) on `firms`.
    public init(firms labelled: [LabelledFirm], classify: (LabelledFirm) -> Set<String>) {
        firms = labelled.count
        var counts: [String: Counts] = [:]
        var misses: [Miss] = []
        for firm in labelled {
            let truth = Set(firm.links)
            let predicted = classify(firm)
            for link in truth.intersection(predicted) { counts[link, default: Counts()].truePositives += 1 }
            for link in predicted.subtracting(truth) { counts[link, default: Counts()].falsePositives += 1 }
            for link in truth.subtracting(predicted) { counts[link, default: Counts()].falseNegatives += 1 }
            if truth != predicted {
                misses.append(Miss(firm: firm, missed: truth.subtracting(predicted).sorted(), extra: predicted.subtracting(truth).sorted()))
            }
        }
        byLink = counts
        self.misses = misses
    }

    /// Scores `classifier` on `firms` (a firm is put on every link it scores ``ChainLinkClassifier/threshold`` on).
    public init(firms: [LabelledFirm], classifier: ChainLinkClassifier) {
        self.init(firms: firms) { firm in
            Set(classifier.classify(name: firm.name, industryCode: firm.industryCode, businessScope: firm.businessScope).map(\.link.code))
        }
    }

    /// Every decision pooled.
    public var micro: Counts {
        byLink.values.reduce(Counts()) {
            Counts(
                truePositives: $0.truePositives + $1.truePositives, falsePositives: $0.falsePositives + $1.falsePositives,
                falseNegatives: $0.falseNegatives + $1.falseNegatives)
        }
    }

    /// The mean precision and recall over the links that were labelled or predicted.
    public var macro: (precision: Double, recall: Double) {
        guard !byLink.isEmpty else { return (1, 1) }
        let n = Double(byLink.count)
        return (byLink.values.map(\.precision).reduce(0, +) / n, byLink.values.map(\.recall).reduce(0, +) / n)
    }

    /// The figures as a table, in `language`.
    public func summary(_ language: Language) -> String {
        let t = language.pick
        func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
        var lines = [t("\(firms)家标注企业；按环节的精确率与召回率：", "\(firms) labelled firms; precision and recall by link:")]
        lines.append(t("环节", "link").padding(toLength: 36, withPad: " ", startingAt: 0) + t("真阳 假阳 假阴  精确率  召回率", "  TP   FP   FN  precision  recall"))
        for (link, counts) in byLink.sorted(by: { $0.key < $1.key }) {
            lines.append(
                link.padding(toLength: 36, withPad: " ", startingAt: 0)
                    + String(format: "%4d %4d %4d  ", counts.truePositives, counts.falsePositives, counts.falseNegatives)
                    + percent(counts.precision).leftPadded(9) + "  " + percent(counts.recall).leftPadded(7))
        }
        let micro = self.micro
        let macro = self.macro
        lines.append(t("微平均：精确率 ", "micro: precision ") + percent(micro.precision) + t("，召回率 ", ", recall ") + percent(micro.recall)
            + t("，F1 ", ", F1 ") + percent(micro.f1))
        lines.append(t("宏平均：精确率 ", "macro: precision ") + percent(macro.precision) + t("，召回率 ", ", recall ") + percent(macro.recall))
        lines.append(t("完全正确的企业：", "firms entirely right: ") + "\(firms - misses.count)/\(firms)")
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }
}
