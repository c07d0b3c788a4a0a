"""Building blocks of the dialogue-act tagger: text normalisation, cue lexicons, reflection model."""
