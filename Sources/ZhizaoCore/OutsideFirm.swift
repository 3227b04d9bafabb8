/// A firm of an outside list imported to be courted (招商名单: a national list of little giants, a platform's
/// export): kept apart from the bureau's registry, never counted in its figures, offered as an investment target.
public struct OutsideFirm: Sendable, Hashable {
    /// Which list it came from and where the firm is.
    public struct Origin: Sendable, Hashable {
        /// The list's name, as imported.
        public var list: String
        public var province: String?
        public var city: String?

        public init(list: String, province: String?, city: String?) {
            self.list = list
            self.province = province
            self.city = city
        }

        /// Where the firm is, as the list writes it: 江苏省苏州市.
        public var location: String { [province, city].compactMap { $0 }.joined() }
    }

    public var origin: Origin
    /// The firm as an enterprise without a district or park.
    public var enterprise: Enterprise

    public init(origin: Origin, enterprise: Enterprise) {
        self.origin = origin
        self.enterprise = enterprise
    }
}
