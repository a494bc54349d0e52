from diembao.cli import main

main()
