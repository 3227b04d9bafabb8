import ZhizaoCLI

Zhizao.main()
