# Checks the shipped JSON Schemas with Perl's regex engine and JSON::Validator, for test/portableSchemas.test.ts.
#
# Reads from stdin a JSON object {"schemaDir", "patterns": [...], "strings": [...], "instances": [[id, value], ...]}
# and writes to stdout {"perl", "validator", "compiled", "matches": [[0/1 per string] per pattern], "valid": [0/1 per
# instance]}: every pattern compiled with qr// (a warning counts as an error) and matched as JSON::Validator does,
# every instance validated by JSON::Validator against schemas/<id>.json read from the file with Mojo::JSON, as a
# Perl system would. Debian's JSON::Validator (libjson-validator-perl 5.14) knows drafts 4 to 2019-09, not 2020-12:
# every keyword these schemas use means the same in 2019-09, so they are read as 2019-09 ($schema dropped, since
# the validator would fetch the meta-schema from the network to check it).
use strict;
use warnings FATAL => 'all';

BEGIN {
  unless (eval { require JSON::Validator; require JSON::Validator::Schema::Draft201909; 1 }) {
    print STDERR "✘ Perl's JSON::Validator is missing: run `bash scripts/system-packages.sh` (libjson-validator-perl)\n";
    exit 3;
  }
}
use Mojo::File qw(path);
use Mojo::JSON qw(decode_json encode_json);

my $request = decode_json(do { local $/; <STDIN> });
my @compiled = map { qr/$_/ } @{ $request->{patterns} };
my @strings = @{ $request->{strings} };
my @matches = map {
  my $regex = $_;
  [map { $_ =~ $regex ? Mojo::JSON->true : Mojo::JSON->false } @strings]
} @compiled;

my %validators;
for my $file (path($request->{schemaDir})->list->grep(qr/\.json$/)->each) {
  my $schema = decode_json($file->slurp);
  delete $schema->{'$schema'};
  $validators{ $file->basename('.json') } = JSON::Validator::Schema::Draft201909->new($schema)->resolve;
}
my @valid = map {
  my ($entity, $value) = @$_;
  my @errors = $validators{$entity}->validate($value);
  @errors ? Mojo::JSON->false : Mojo::JSON->true
} @{ $request->{instances} };

print encode_json({
  perl      => sprintf('%vd', $^V),
  validator => $JSON::Validator::VERSION,
  compiled  => scalar(@compiled),
  matches   => \@matches,
  valid     => \@valid,
});
