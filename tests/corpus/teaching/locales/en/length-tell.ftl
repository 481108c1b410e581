lt-title = A test
lt-one-best = Ask her, through the interpreter, what she would like to happen next
lt-one-other = Tell her what happens next
lt-two-best = Copy only the messages she agrees to, and record it
lt-two-other = Copy the phone
lt-three-best = Refer her
lt-three-other = Tell her the shelter is only for witnesses who help the case
