lt-title = A test
lt-one-best = Ask her, through the interpreter, what she would like to happen next
lt-one-other = Tell her what happens next
lt-two-best = Copy what she agrees to
lt-two-other = Copy the whole phone while she waits outside the room
lt-three-best = Refer her
lt-three-other = Tell her the shelter is only for witnesses who help the case
