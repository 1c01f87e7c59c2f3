-- Lower case, runs of anything else become one dash.
BEGIN
  RETURN trim(both '-' from regexp_replace(lower(input), '[^a-z0-9]+', '-', 'g'));
END;
