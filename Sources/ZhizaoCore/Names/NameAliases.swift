/// Names in common use that the records' own names do not give, each with where it comes from. Short forms
/// (花都 for 花都区, 汽车 for 汽车产业集群, 广州市花都区) are not listed: `NameResolver+Records.swift` derives them.
public enum NameAliases {
    /// A spelling of the record with `id`, used where such a record exists.
    public struct Alias: Sendable {
        public let spelling: String
        public let id: String
        public let source: String
    }

    /// Other names of the built-in clusters.
    public static let clusters: [Alias] = [
        Alias(
            spelling: "智能网联与新能源汽车", id: "auto",
            source: "the cluster's name in Guangzhou's plans since 2021, as city analysts call it (issue 11)"),
        Alias(
            spelling: "智能与新能源汽车", id: "auto",
            source: "one of the three pillar industries (3+5+X) of Guangzhou's 14th five-year plan, 2021"),
        Alias(spelling: "新能源汽车", id: "auto", source: "the part of the cluster the city's plans name most often"),
        Alias(spelling: "芯片", id: "integrated-circuits", source: "everyday word for integrated circuits"),
        Alias(spelling: "半导体", id: "integrated-circuits", source: "everyday word for the chip industry"),
        Alias(spelling: "石化", id: "green-petrochem", source: "short form of 石油化工 used in the city's plans"),
    ]
}
