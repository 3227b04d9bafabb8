import ZhizaoCore

extension ChainTemplates.Chain {
    /// The chain's links as names people type (`parts`, 汽车零部件及配件, 零部件, `Parts and components`), resolved
    /// as clusters and places are: `zhizao targets --gap`, the cluster page's and the API's `gap`.
    public var linkNames: NameResolver {
        NameResolver(
            kind: .chainLink,
            records: nodes.map { node in
                (NameResolver.Entry(id: node.id, name: node.name), [node.id, node.name.zh] + (node.name.en.map { [$0] } ?? []))
            })
    }
}
