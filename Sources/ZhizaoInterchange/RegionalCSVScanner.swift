import ZhizaoCore

/// The fast path of ``RegionalTable/readInterned(_:file:sheet:)``: a plain UTF-8 CSV long table
/// (`region,industry,value[,year]` in any order, header on the first line, `\n` or `\r\n` line ends) scanned
/// from its bytes, names interned to integer ids as they are read (``ByteNameInterner``), values and years
/// parsed from the bytes, and the duplicate check done on integer ids.
///
/// It takes only what the general reader (`TableReader`) reads to the same result. Anything else — a quote, a
/// title row, a blank line, an empty or space-edged cell, a number it does not read plainly (`1,234`,
/// `2000万`, `-3`), a year other than four digits in 1900–2100, a repeated (region, industry, year), names
/// that are not UTF-8 (a GBK file) or that Swift's string comparison would take as equal — gives nil, and the
/// caller reads the file the general way, which reports every problem with its place.
enum RegionalCSVScanner {
    static func scan(_ bytes: [UInt8]) -> InternedRegionalTable? {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    private static func scan(_ buffer: UnsafeBufferPointer<UInt8>) -> InternedRegionalTable? {
        var position = buffer.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        guard let header = nextLine(buffer, &position), let columns = headerColumns(buffer, header) else { return nil }
        let width = columns.count
        var regions = ByteNameInterner(), industries = ByteNameInterner()
        var table = InternedRegionalTable()
        let expectedRows = buffer.count / 16
        table.regionOfRow.reserveCapacity(expectedRows)
        table.industryOfRow.reserveCapacity(expectedRows)
        table.valueOfRow.reserveCapacity(expectedRows)
        let hasYear = columns.contains(.year)
        if hasYear { table.yearOfRow.reserveCapacity(expectedRows) }
        var yearIds = [Int32](repeating: -1, count: 201)
        // The previous row's region, reused while rows keep to one region (as long tables mostly do).
        var lastRegion: (range: Range<Int>, id: Int32) = (0..<0, -1)
        var fields = [Range<Int>](repeating: 0..<0, count: width)
        while let line = nextLine(buffer, &position) {
            guard !line.isEmpty, split(buffer, line, into: &fields) else { return nil }
            for (column, field) in zip(columns, fields) {
                switch column {
                case .region, .industry:
                    guard !field.isEmpty, buffer[field.lowerBound] != 0x20, buffer[field.upperBound - 1] != 0x20 else { return nil }
                    if column == .industry {
                        table.industryOfRow.append(industries.id(of: field, in: buffer))
                    } else if lastRegion.id >= 0, ByteNameInterner.equal(lastRegion.range, field, buffer) {
                        table.regionOfRow.append(lastRegion.id)
                    } else {
                        lastRegion = (field, regions.id(of: field, in: buffer))
                        table.regionOfRow.append(lastRegion.id)
                    }
                case .value:
                    guard let value = number(buffer, field) else { return nil }
                    table.valueOfRow.append(value)
                case .year:
                    guard let year = year(buffer, field) else { return nil }
                    if yearIds[year - 1900] < 0 {
                        yearIds[year - 1900] = Int32(table.years.count)
                        table.years.append(year)
                    }
                    table.yearOfRow.append(yearIds[year - 1900])
                }
            }
        }
        guard table.rowCount > 0, let regionNames = regions.names(in: buffer),
              let industryNames = industries.names(in: buffer),
              Set(regionNames).count == regionNames.count, Set(industryNames).count == industryNames.count,
              !hasDuplicate(table, regions: regionNames.count, industries: industryNames.count)
        else { return nil }
        table.regions = regionNames
        table.industries = industryNames
        return table
    }

    /// The next line's bytes without its `\n` (or `\r\n`), moving `position` past it; nil at the end.
    private static func nextLine(_ buffer: UnsafeBufferPointer<UInt8>, _ position: inout Int) -> Range<Int>? {
        guard position < buffer.count else { return nil }
        let start = position
        var end = start
        while end < buffer.count, buffer[end] != 0x0A { end += 1 }
        position = end + 1
        if end > start, buffer[end - 1] == 0x0D { end -= 1 }
        return start..<end
    }

    /// Splits `line` at commas into exactly `fields.count` fields; false when it has another count, a quote or a
    /// carriage return.
    private static func split(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>, into fields: inout [Range<Int>]) -> Bool {
        var field = 0, start = line.lowerBound
        for index in line {
            switch buffer[index] {
            case 0x2C:
                guard field < fields.count - 1 else { return false }
                fields[field] = start..<index
                field += 1
                start = index + 1
            case 0x22, 0x0D:
                return false
            default:
                continue
            }
        }
        guard field == fields.count - 1 else { return false }
        fields[field] = start..<line.upperBound
        return true
    }

    /// The header's columns, when every cell names a different column and the required ones are there.
    private static func headerColumns(_ buffer: UnsafeBufferPointer<UInt8>, _ line: Range<Int>) -> [RegionalTable.Column]? {
        guard line.count < 4096, !buffer[line].contains(0x22),
              let text = String(validating: UnsafeBufferPointer(rebasing: buffer[line]), as: UTF8.self)
        else { return nil }
        let headings = ColumnHeadings<RegionalTable.Column>()
        var columns: [RegionalTable.Column] = []
        for cell in text.split(separator: ",", omittingEmptySubsequences: false) {
            guard let column = headings.column(String(cell).trimmingWhitespace()), !columns.contains(column) else { return nil }
            columns.append(column)
        }
        guard RegionalTable.Column.required.isSubset(of: columns) else { return nil }
        return columns
    }

    private static let powersOfTen: [Double] = (0...22).map { exponent in
        var power = 1.0
        for _ in 0..<exponent { power *= 10 }
        return power
    }

    /// A non-negative number written as digits with at most one inner point (`12`, `0.25`), read to the same
    /// double as `Double(text)`: exactly when it has at most 15 digits (both parts exact, one rounding), else
    /// through `Double(text)`.
    static func number(_ buffer: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Double? {
        var mantissa: UInt64 = 0
        var digits = 0, fractionDigits = 0, point = -1
        for index in field {
            let byte = buffer[index]
            if byte >= 0x30, byte <= 0x39 {
                if digits < 19 { mantissa = mantissa &* 10 &+ UInt64(byte - 0x30) }
                digits += 1
                if point >= 0 { fractionDigits += 1 }
            } else if byte == 0x2E, point < 0, index > field.lowerBound, index < field.upperBound - 1 {
                point = index
            } else {
                return nil
            }
        }
        guard digits > 0 else { return nil }
        if digits <= 15 { return Double(mantissa) / powersOfTen[fractionDigits] }
        return Double(String(decoding: UnsafeBufferPointer(rebasing: buffer[field]), as: UTF8.self)).flatMap { $0.isFinite ? $0 : nil }
    }

    /// A year of four digits in 1900–2100.
    private static func year(_ buffer: UnsafeBufferPointer<UInt8>, _ field: Range<Int>) -> Int? {
        guard field.count == 4 else { return nil }
        var year = 0
        for index in field {
            let byte = buffer[index]
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            year = year * 10 + Int(byte - 0x30)
        }
        return (1900...2100).contains(year) ? year : nil
    }

    /// Whether a (region, industry, year) comes twice: a bit per triple, or a set when the bits would be many.
    private static func hasDuplicate(_ table: InternedRegionalTable, regions: Int, industries: Int) -> Bool {
        let years = max(1, table.years.count)
        let (cells, overflow) = regions.multipliedReportingOverflow(by: industries * years)
        if overflow { return true }  // more ids than memory could hold rows for: let the general reader decide
        func key(_ row: Int) -> Int {
            let year = table.hasYear ? Int(table.yearOfRow[row]) : 0
            return (year * regions + Int(table.regionOfRow[row])) * industries + Int(table.industryOfRow[row])
        }
        if cells <= 1 << 30 {
            var bits = [UInt64](repeating: 0, count: (cells + 63) / 64)
            for row in 0..<table.rowCount {
                let key = key(row), word = key >> 6, bit: UInt64 = 1 << UInt64(key & 63)
                if bits[word] & bit != 0 { return true }
                bits[word] |= bit
            }
            return false
        }
        var seen = Set<Int>(minimumCapacity: table.rowCount)
        for row in 0..<table.rowCount where !seen.insert(key(row)).inserted { return true }
        return false
    }
}
