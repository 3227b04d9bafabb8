import ZhizaoCopy

/// A value a row of ``CopyText`` takes as a field: text, a whole number, a real, a flag, or nil for NULL.
protocol CopyField {
    func add(to text: inout CopyText)
}

extension String: CopyField { func add(to text: inout CopyText) { text.add(self) } }
extension Int: CopyField { func add(to text: inout CopyText) { text.add(self) } }
extension Double: CopyField { func add(to text: inout CopyText) { text.add(self) } }
extension Bool: CopyField { func add(to text: inout CopyText) { text.add(self) } }
extension Optional: CopyField where Wrapped: CopyField {
    func add(to text: inout CopyText) {
        if let self { self.add(to: &text) } else { text.add(nil as String?) }
    }
}

extension CopyText {
    /// Adds one row of `fields`, in the columns' order.
    mutating func addRow(_ fields: any CopyField...) {
        for field in fields { field.add(to: &self) }
        endRow()
    }
}
