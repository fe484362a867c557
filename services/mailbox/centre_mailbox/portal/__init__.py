"""The staff portal: sign-in, the centre's inbox, and downloads."""
