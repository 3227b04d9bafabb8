import Testing
import ZhizaoSheets
