import ZhizaoCLI

await Zhizao.execute()
