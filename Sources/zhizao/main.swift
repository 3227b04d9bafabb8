import ZhizaoCLI

await Zhizao.main()
