from reimbursement_simulator.cli import main

main()
